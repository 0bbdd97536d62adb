package threadsvsprocesses.report.claims;

import threadsvsprocesses.cpython.CpythonModel;
import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.experiments.granularity.SweepModel;
import threadsvsprocesses.workload.Workload;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;

import java.util.List;

/** C1: processes use all cores. */
final class C1ProcessesUseAllCores extends ClaimRule {

    /**
     * The share of the cores a speedup must reach to count as "using all cores": 1.5x on 2 cores, 48x on 64. It
     * leaves a gap above C2's "no speedup" (at most {@link C2ThreadsDoNotSpeedUp#NO_SPEEDUP}) on any machine of 2 cores
     * or more, so that one figure can never both use all cores and show no speedup.
     */
    static final double SHARE = 0.75;

    C1ProcessesUseAllCores() {
        super("C1", "Processes use all cores; multiprocessing is the tool for CPU-bound work",
                "For countdown and squares under multi-process and process-pool at all cores (workers = cores, on a "
                        + "machine with at least 2), the speedup over single-thread must reach 0.75 \u00d7 cores (1.5\u00d7 on 2 "
                        + "cores; C2's \"no speedup\" is at most 1.2\u00d7, so the two never meet). "
                        + "Holds if every such speedup does, interval included; does not hold if one stays below "
                        + "it, interval included. With the task-size sweep in the run, the sweep decides instead: "
                        + "process-pool-chunked and multi-process (a child JVM per task) must reach 0.75 × cores at "
                        + "the largest tasks measured, and the evidence gives the work per task from which each does "
                        + "(interpolated, with its interval); the fixed-size cells are shown as figures. On CPython the same threshold applies to "
                        + "cpython-process-fork and cpython-pool at all cores over cpython-single, judged per "
                        + "interpreter; forkserver and spawn, which start a server or a fresh interpreter within the "
                        + "operation, are shown as figures.");
    }

    @Override
    void examine(RunData run, Evidence e) {
        if (run.cores() < 2) {
            e.missing("the machine has " + run.cores() + " core, so there is no parallel speedup to measure");
            return;
        }
        double need = SHARE * run.cores();
        // With a task-size sweep, the sweep decides (from which size on?); the fixed-size cells stay as figures.
        boolean sweep = SweepClaims.judge(run, e, List.of(SweepModel.PROCESS_POOL_CHUNKED.label(),
                SweepModel.MULTI_PROCESS.label()), List.of(SweepModel.PROCESS_POOL_PER_TASK.label()), SHARE);
        for (Workload workload : List.of(Workload.COUNTDOWN, Workload.SQUARES)) {
            for (ExecutionModel model : List.of(ExecutionModel.MULTI_PROCESS, ExecutionModel.PROCESS_POOL)) {
                for (ResultRow r : run.atAllCores(workload, model)) {
                    String what = workload.label() + " " + model.label() + " at " + Figures.workers(r.workers()) + ": speedup";
                    run.speedup(r).ifPresent(s -> {
                        if (sweep) {
                            e.note(what + " " + Figures.ratio(s.value()));
                        } else {
                            e.check(Check.atLeast(what, s, need, Figures::ratio));
                        }
                    });
                }
            }
        }
        if (e.checks().isEmpty()) {
            e.missing("no countdown or squares cell under multi-process or process-pool at " + run.cores()
                    + " workers with a single-thread baseline");
        }
    }

    @Override
    boolean judgesCpython() {
        return true;
    }

    /** The same rule on CPython: its processes (each start method) and its pool at all cores, over cpython-single. */
    @Override
    void examineCpython(RunData run, Evidence e, String runtime) {
        if (run.cores() < 2) {
            e.missing("the machine has " + run.cores() + " core, so there is no parallel speedup to measure");
            return;
        }
        double need = SHARE * run.cores();
        for (Workload workload : List.of(Workload.COUNTDOWN, Workload.SQUARES)) {
            for (CpythonModel model : CpythonModel.values()) {
                if (model.startMethod().isEmpty() && model != CpythonModel.CPYTHON_POOL) {
                    continue;
                }
                // the tutorials' multiprocessing.Process and Pool, started by fork (Linux's default to 3.13), decide;
                // forkserver and spawn pay their start-up within the operation, which C4 and C11 are about
                boolean decides = model == CpythonModel.CPYTHON_PROCESS_FORK || model == CpythonModel.CPYTHON_POOL;
                for (ResultRow r : run.atAllCores(workload, model, runtime)) {
                    String what = workload.label() + " " + model.label() + " at " + Figures.workers(r.workers())
                            + ": speedup";
                    run.speedup(r).ifPresent(s -> {
                        if (decides) {
                            e.check(Check.atLeast(what, s, need, Figures::ratio));
                        } else {
                            e.note(what + " " + Figures.ratio(s.value()));
                        }
                    });
                }
            }
        }
        if (e.checks().isEmpty()) {
            e.missing("no countdown or squares cell under a CPython process model or cpython-pool at " + run.cores()
                    + " workers with a cpython-single baseline");
        }
    }
}

package threadsvsprocesses.report.claims;

import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.workload.Workload;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;

import java.util.List;

/** C1: processes use all cores. */
final class C1ProcessesUseAllCores extends ClaimRule {

    /** The share of the cores a speedup must reach to count as "using all cores". */
    static final double SHARE = 0.6;

    C1ProcessesUseAllCores() {
        super("C1", "Processes use all cores; multiprocessing is the tool for CPU-bound work",
                "For countdown and squares under multi-process and process-pool at all cores (workers = cores, on a "
                        + "machine with at least 2), the speedup over single-thread must reach 0.6 \u00d7 cores. "
                        + "Holds if every such speedup does, error bar included; does not hold if one stays below "
                        + "it, error bar included.");
    }

    @Override
    void examine(RunData run, Evidence e) {
        if (run.cores() < 2) {
            e.missing("the machine has " + run.cores() + " core, so there is no parallel speedup to measure");
            return;
        }
        double need = SHARE * run.cores();
        for (Workload workload : List.of(Workload.COUNTDOWN, Workload.SQUARES)) {
            for (ExecutionModel model : List.of(ExecutionModel.MULTI_PROCESS, ExecutionModel.PROCESS_POOL)) {
                for (ResultRow r : run.atAllCores(workload, model)) {
                    String what = workload.label() + " " + model.label() + " at " + Figures.workers(r.workers()) + ": speedup";
                    run.speedup(r).ifPresent(s -> e.check(Check.atLeast(what, s, need, Figures::ratio)));
                }
            }
        }
        if (e.checks().isEmpty()) {
            e.missing("no countdown or squares cell under multi-process or process-pool at " + run.cores()
                    + " workers with a single-thread baseline");
        }
    }
}

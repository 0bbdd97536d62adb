package threadsvsprocesses.report.claims;

import threadsvsprocesses.cpython.CpythonModel;
import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.workload.Workload;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;

import java.util.List;

/** C2: threads do not speed up CPU-bound work. */
final class C2ThreadsDoNotSpeedUp extends ClaimRule {

    /**
     * The largest speedup still called "no speedup": a 20% difference is the smallest this suite calls one. C1's "uses
     * all cores" starts at 0.75 x cores (1.5x on 2 cores), well above it.
     */
    static final double NO_SPEEDUP = 1.2;

    C2ThreadsDoNotSpeedUp() {
        super("C2", "Threads do not speed up CPU-bound work; two threads counting down are slower than one",
                "For countdown and squares under multi-thread at all cores (workers = cores, at least 2), the "
                        + "speedup over single-thread must stay at or below 1.2 (C1's \"uses all cores\" starts at 0.75 "
                        + "\u00d7 cores, 1.5\u00d7 on 2). Holds if every such speedup does, interval included; does not "
                        + "hold if one exceeds 1.2, interval included. On CPython the same rule applies to cpython-thread "
                        + "over cpython-single, judged per interpreter: the GIL should make it hold, a free-threaded "
                        + "build should not.");
    }

    @Override
    void examine(RunData run, Evidence e) {
        if (run.cores() < 2) {
            e.missing("the machine has " + run.cores() + " core, so there is no parallel speedup to measure");
            return;
        }
        for (Workload workload : List.of(Workload.COUNTDOWN, Workload.SQUARES)) {
            for (ResultRow r : run.atAllCores(workload, ExecutionModel.MULTI_THREAD)) {
                run.speedup(r).ifPresent(s -> e.check(Check.atMost(workload.label() + " multi-thread at " + Figures.workers(r.workers())
                        + ": speedup", s, NO_SPEEDUP, Figures::ratio)));
            }
            for (ResultRow r : run.atAllCores(workload, ExecutionModel.VIRTUAL_THREAD)) {
                run.speedup(r).ifPresent(s -> e.note(workload.label() + " virtual-thread at " + Figures.workers(r.workers())
                        + ": speedup " + Figures.ratio(s.value())));
            }
        }
        if (e.checks().isEmpty()) {
            e.missing("no countdown or squares cell under multi-thread at " + run.cores()
                    + " workers with a single-thread baseline");
        }
    }

    @Override
    boolean judgesCpython() {
        return true;
    }

    /** The same rule on CPython: cpython-thread at all cores over cpython-single (the GIL's case). */
    @Override
    void examineCpython(RunData run, Evidence e, String runtime) {
        if (run.cores() < 2) {
            e.missing("the machine has " + run.cores() + " core, so there is no parallel speedup to measure");
            return;
        }
        for (Workload workload : List.of(Workload.COUNTDOWN, Workload.SQUARES)) {
            for (ResultRow r : run.atAllCores(workload, CpythonModel.CPYTHON_THREAD, runtime)) {
                run.speedup(r).ifPresent(s -> e.check(Check.atMost(workload.label() + " cpython-thread at "
                        + Figures.workers(r.workers()) + ": speedup", s, NO_SPEEDUP, Figures::ratio)));
            }
        }
        if (e.checks().isEmpty()) {
            e.missing("no countdown or squares cell under cpython-thread at " + run.cores()
                    + " workers with a cpython-single baseline");
        }
    }
}

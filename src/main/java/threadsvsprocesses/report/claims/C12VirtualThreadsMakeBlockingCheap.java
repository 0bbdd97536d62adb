package threadsvsprocesses.report.claims;

import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.workload.Workload;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;

import java.util.List;

/** C12: virtual threads make blocking cheap at high counts but do not make CPU-bound work faster. */
final class C12VirtualThreadsMakeBlockingCheap extends ClaimRule {

    /** Tasks from which a count is "very high". */
    static final int MANY = 1000;

    C12VirtualThreadsMakeBlockingCheap() {
        super("C12", "(the JVM's own) Virtual threads make blocking tasks cheap at very high counts but do not make "
                        + "CPU-bound work faster",
                "Two parts, both needed. (a) Sleep under virtual-thread with 1,000 or more tasks: wall time divided "
                        + "by one sleep must stay at or below 1.5, as in C3. (b) Countdown and squares at all cores "
                        + "(workers = cores): multi-thread time divided by virtual-thread time (the virtual threads' "
                        + "speedup relative to platform threads) must stay at or below 1.2. Holds if every check "
                        + "passes, error bars included; does not hold if one fails, error bars included; not "
                        + "measured unless both parts were measured.");
    }

    @Override
    void examine(RunData run, Evidence e) {
        boolean blocking = false;
        for (ResultRow r : run.measured(Workload.SLEEP, ExecutionModel.VIRTUAL_THREAD)) {
            double tasks = RunData.number(r, "tasks");
            double sleep = RunData.number(r, "sleepMillis");
            if (tasks >= MANY && sleep > 0) {
                blocking = true;
                e.check(Check.atMost("sleep virtual-thread, " + Figures.count(tasks) + " tasks of "
                                + Figures.duration(sleep) + ": wall time in sleeps", RunData.time(r).times(1 / sleep),
                        C3SleepersFinishTogether.NEAR_ONE_SLEEP, Figures::ratio));
            }
        }
        boolean cpu = false;
        for (Workload workload : List.of(Workload.COUNTDOWN, Workload.SQUARES)) {
            for (ResultRow virtual : run.atAllCores(workload, ExecutionModel.VIRTUAL_THREAD)) {
                for (ResultRow platform : run.atAllCores(workload, ExecutionModel.MULTI_THREAD)) {
                    if (platform.sizeKey().equals(virtual.sizeKey())) {
                        cpu = true;
                        e.check(Check.atMost(workload.label() + " at " + Figures.workers(virtual.workers())
                                        + ": multi-thread time / virtual-thread time",
                                RunData.time(platform).over(RunData.time(virtual)),
                                C2ThreadsDoNotSpeedUp.NO_SPEEDUP, Figures::ratio));
                    }
                }
            }
        }
        if (!blocking) {
            e.missing("sleep under virtual-thread with 1,000 or more tasks");
        }
        if (!cpu) {
            e.missing("countdown or squares under both virtual-thread and multi-thread at " + run.cores() + " workers");
        }
    }
}

package threadsvsprocesses.report.claims;

import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.workload.Workload;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;

import java.util.List;

/** C3: threads are the tool for I/O-bound work. */
final class C3SleepersFinishTogether extends ClaimRule {

    /** Wall time, in sleeps, still called "about the time of one". */
    static final double NEAR_ONE_SLEEP = 1.5;
    /** The task counts the claim is about (the tutorials' scale is 100); larger counts belong to C12. */
    static final int MIN_TASKS = 10;
    static final int MAX_TASKS = 1000;

    C3SleepersFinishTogether() {
        super("C3", "Threads are the tool for I/O-bound work: many waiting tasks finish in about the time of one",
                "For the sleep workload under multi-thread and virtual-thread with 10 to 1,000 tasks, wall time "
                        + "divided by one task's sleep must stay at or below 1.5. Holds if every such cell does, "
                        + "error bar included; does not hold if one exceeds 1.5, error bar included. Process "
                        + "models are shown for comparison.");
    }

    @Override
    void examine(RunData run, Evidence e) {
        for (ExecutionModel model : List.of(ExecutionModel.MULTI_THREAD, ExecutionModel.VIRTUAL_THREAD,
                ExecutionModel.MULTI_PROCESS, ExecutionModel.PROCESS_POOL)) {
            boolean thread = model == ExecutionModel.MULTI_THREAD || model == ExecutionModel.VIRTUAL_THREAD;
            for (ResultRow r : run.measured(Workload.SLEEP, model)) {
                double tasks = RunData.number(r, "tasks");
                double sleep = RunData.number(r, "sleepMillis");
                if (!(tasks >= MIN_TASKS && tasks <= MAX_TASKS && sleep > 0)) {
                    continue;
                }
                String what = "sleep " + model.label() + ", " + Figures.count(tasks) + " tasks of " + Figures.duration(sleep)
                        + ": wall time in sleeps";
                Estimate inSleeps = RunData.time(r).times(1 / sleep);
                if (thread) {
                    e.check(Check.atMost(what, inSleeps, NEAR_ONE_SLEEP, Figures::ratio));
                } else {
                    e.note(what + " " + Figures.ratio(inSleeps.value()));
                }
            }
        }
        if (e.checks().isEmpty()) {
            e.missing("no sleep cell under multi-thread or virtual-thread with 10 to 1,000 tasks");
        }
    }
}

package threadsvsprocesses.report.claims;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.experiments.runaway.RunawayKind;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;

import java.util.List;

/** C9: a process can be killed from outside; a thread cannot. */
final class C9ProcessesCanBeKilled extends ClaimRule {

    static final String METRIC = "stoppedFraction";

    C9ProcessesCanBeKilled() {
        super("C9", "A process can be killed from outside; a thread cannot",
                "Runaway (a worker spinning without checking for interruption): the child JVM's stoppedFraction "
                        + "(share of stop requests, Process.destroy, after which the worker was gone within "
                        + "waitMillis) must be 1, and the platform and virtual threads' (Thread.interrupt) must be "
                        + "0. Fractions of outcomes are compared exactly. Holds if all do; does not hold if one does "
                        + "not; not measured unless the child JVM and at least one kind of thread were measured.");
    }

    @Override
    void examine(RunData run, Evidence e) {
        boolean process = false;
        boolean thread = false;
        for (RunawayKind worker : List.of(RunawayKind.CHILD_JVM, RunawayKind.PLATFORM_THREAD, RunawayKind.VIRTUAL_THREAD)) {
            boolean isProcess = worker == RunawayKind.CHILD_JVM;
            for (ResultRow r : run.measured(Experiment.RUNAWAY, worker)) {
                var stopped = run.metric(r, METRIC);
                if (stopped.isEmpty()) {
                    continue;
                }
                String what = worker.label() + " (waiting up to " + r.param("waitMillis") + " ms): stopped fraction";
                Estimate fraction = Estimate.exact(stopped.get().value());
                if (isProcess) {
                    process = true;
                    e.check(Check.atLeast(what, fraction, 1, Figures::number));
                } else {
                    thread = true;
                    e.check(Check.atMost(what, fraction, 0, Figures::number));
                }
                e.note(worker.label() + ": " + Figures.duration(r.scoreMs()) + " from the stop request until gone or given up");
            }
        }
        if (!process) {
            e.missing("stopping a child JVM");
        }
        if (!thread) {
            e.missing("stopping a thread");
        }
    }
}

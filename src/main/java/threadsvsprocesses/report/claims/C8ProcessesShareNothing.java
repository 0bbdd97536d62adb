package threadsvsprocesses.report.claims;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.experiments.counter.CounterKind;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;


/** C8: processes share nothing by default; sharing needs special shared memory. */
final class C8ProcessesShareNothing extends ClaimRule {

    static final String METRIC = C7RacesLoseUpdates.METRIC;
    /** "Loses all": every update, allowing for rounding in JMH's mean. */
    static final double ALL = 0.999;

    C8ProcessesShareNothing() {
        super("C8", "Processes share nothing by default; sharing needs special shared memory or queues",
                "Counter: process-private (child JVMs each adding to a private, copy-on-write copy of the "
                        + "parent's counter page; the parent's counter is read as they left it) must lose every update "
                        + "(lostUpdates / (workers \u00d7 increments) \u2265 99.9%) and process-mapped (child JVMs adding "
                        + "atomically to the same page mapped shared) must lose none (lostUpdates = 0), at "
                        + "every level of workers measured. Counts are compared exactly. Holds if both do; does not "
                        + "hold if either fails; not measured unless both were measured. The cost of the mapped "
                        + "counter against the atomic one in threads is shown.");
    }

    @Override
    void examine(RunData run, Evidence e) {
        boolean privateMeasured = false;
        for (ResultRow r : run.measured(Experiment.COUNTER, CounterKind.PROCESS_PRIVATE)) {
            double updates = r.workers() * RunData.number(r, "increments");
            var lost = run.metric(r, METRIC);
            if (lost.isPresent() && updates > 0) {
                privateMeasured = true;
                e.check(Check.atLeast("process-private at " + Figures.workers(r.workers()) + ": share of "
                        + Figures.count(updates) + " updates lost", Estimate.exact(lost.get().value() / updates), ALL,
                        C8ProcessesShareNothing::percent));
            }
        }
        boolean mappedMeasured = false;
        for (ResultRow r : run.measured(Experiment.COUNTER, CounterKind.PROCESS_MAPPED)) {
            var lost = run.metric(r, METRIC);
            if (lost.isPresent()) {
                mappedMeasured = true;
                e.check(Check.atMost("process-mapped at " + Figures.workers(r.workers()) + ": lost updates",
                        Estimate.exact(lost.get().value()), 0, Figures::count));
            }
            run.measured(Experiment.COUNTER, CounterKind.ATOMIC).stream()
                    .filter(a -> a.workers() == r.workers() && a.sizeKey().equals(r.sizeKey()))
                    .findFirst()
                    .ifPresent(a -> e.note("process-mapped at " + Figures.workers(r.workers()) + ": "
                            + Figures.duration(r.scoreMs()) + " per operation, "
                            + Figures.ratio(r.scoreMs() / a.scoreMs()) + " the time of atomic in threads"));
        }
        if (!privateMeasured) {
            e.missing("lost updates of process-private");
        }
        if (!mappedMeasured) {
            e.missing("lost updates of process-mapped");
        }
    }

    static String percent(double share) {
        return Figures.percent(share, 1);
    }
}

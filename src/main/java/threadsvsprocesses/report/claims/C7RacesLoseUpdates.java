package threadsvsprocesses.report.claims;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.experiments.counter.CounterKind;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;

import java.util.List;

/** C7: threads that share a variable without a lock lose updates; a lock fixes it, at a price. */
final class C7RacesLoseUpdates extends ClaimRule {

    static final String METRIC = "lostUpdates";
    /** Correct variants: must lose nothing. */
    static final List<CounterKind> CORRECT = List.of(CounterKind.SYNCHRONIZED, CounterKind.ATOMIC, CounterKind.ADDER);
    /** "At a price": the lock at least 20% slower than the race, the smallest difference this suite calls one. */
    static final double PRICE = 1.2;

    C7RacesLoseUpdates() {
        super("C7", "Threads that share a variable without a lock lose updates; a lock fixes it, at a price",
                "Counter: unsynchronized (x = x + 1 with no lock and no fence) must lose updates (lostUpdates > "
                        + "0) at every level of 2 or more workers; synchronized, atomic and adder must lose none "
                        + "(lostUpdates = 0) at every level; and synchronized must take at least 1.2 times the time "
                        + "of unsynchronized at the same workers (error bars included). Lost updates are counts: any "
                        + "positive mean proves a loss, so they are compared exactly. Holds if every check passes; "
                        + "does not hold if one fails. The volatile variant (a fence per store, still no atomic "
                        + "step) is shown for comparison.");
    }

    @Override
    void examine(RunData run, Evidence e) {
        List<ResultRow> racy = run.measured(Experiment.COUNTER, CounterKind.UNSYNCHRONIZED).stream()
                .filter(r -> r.workers() >= 2).toList();
        for (ResultRow r : racy) {
            run.metric(r, METRIC).ifPresent(lost -> e.check(Check.above("unsynchronized at " + Figures.workers(r.workers())
                    + ": lost updates", Estimate.exact(lost.value()), 0, Figures::count)));
        }
        boolean correctMeasured = false;
        for (CounterKind variant : CORRECT) {
            for (ResultRow r : run.measured(Experiment.COUNTER, variant)) {
                var lost = run.metric(r, METRIC);
                if (lost.isPresent()) {
                    correctMeasured = true;
                    e.check(Check.atMost(variant.label() + " at " + Figures.workers(r.workers()) + ": lost updates",
                            Estimate.exact(lost.get().value()), 0, Figures::count));
                }
            }
        }
        boolean priced = false;
        for (ResultRow r : racy) {
            for (ResultRow lock : run.measured(Experiment.COUNTER, CounterKind.SYNCHRONIZED)) {
                if (lock.workers() == r.workers() && lock.sizeKey().equals(r.sizeKey())) {
                    priced = true;
                    e.check(Check.atLeast("synchronized / unsynchronized time at " + Figures.workers(r.workers()),
                            RunData.time(lock).over(RunData.time(r)), PRICE, Figures::ratio));
                }
            }
        }
        for (CounterKind variant : List.of(CounterKind.UNSYNCHRONIZED, CounterKind.VOLATILE, CounterKind.SYNCHRONIZED,
                CounterKind.ATOMIC, CounterKind.ADDER)) {
            for (ResultRow r : run.measured(Experiment.COUNTER, variant)) {
                if (r.workers() >= 2) {
                    String lost = variant == CounterKind.VOLATILE ? run.metric(r, METRIC)
                            .map(m -> ", " + Figures.count(m.value()) + " updates lost").orElse("") : "";
                    e.note(variant.label() + " at " + Figures.workers(r.workers()) + ": " + Figures.duration(r.scoreMs())
                            + " per operation" + lost);
                }
            }
        }
        if (racy.stream().noneMatch(r -> run.metric(r, METRIC).isPresent())) {
            e.missing("lost updates of unsynchronized at 2 or more workers");
        }
        if (!correctMeasured) {
            e.missing("lost updates of synchronized, atomic or adder");
        }
        if (!priced) {
            e.missing("synchronized and unsynchronized times at the same workers");
        }
    }
}

package threadsvsprocesses.report.findings;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.experiments.counter.CounterKind;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.format.SubjectOrder;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RunRows;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sharing a counter correctly: at as many workers as cores (else the most workers measured, 2 or more), the cheapest
 * variant that lost no update, the others that lost none beside it, what the lock (synchronized) costs against the
 * cheapest, and what the unsynchronized counter lost.
 */
final class SharingACounter implements FindingRule {

    /** The counter experiment's secondary metric. */
    static final String METRIC = "lostUpdates";

    @Override
    public Optional<Finding> find(RunRows rows, int cores) {
        List<ResultRow> counted = rows.measured(Experiment.COUNTER.label()).stream()
                .filter(r -> r.workers() >= 2 && rows.secondary(r, METRIC).isPresent()).toList();
        Optional<Integer> level = counted.stream().map(ResultRow::workers).filter(w -> w == cores).findFirst()
                .or(() -> counted.stream().map(ResultRow::workers).max(Integer::compare));
        if (level.isEmpty()) {
            return Optional.empty();
        }
        List<ResultRow> at = counted.stream().filter(r -> r.workers() == level.get())
                .sorted(Comparator.comparingInt(r -> SubjectOrder.of(r.model()))).toList();
        List<ResultRow> correct = at.stream().filter(r -> lost(rows, r) == 0).toList();
        String start = "With " + Figures.workers(level.get()) + " each adding " + Figures.count(at.get(0).number("increments"))
                + " to one counter, ";
        if (correct.isEmpty()) {
            return Optional.of(new Finding("Sharing a counter", start + "every variant measured lost updates.",
                    Experiment.COUNTER.label(), "time", ""));
        }
        ResultRow cheapest = correct.stream().min(Comparator.comparingDouble(ResultRow::scoreMs)).orElseThrow();
        String others = correct.stream().filter(r -> r != cheapest)
                .map(r -> r.model() + " " + Figures.duration(r.scoreMs())).collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder(start).append("the cheapest correct way is ").append(cheapest.model())
                .append(", ").append(Figures.duration(cheapest.scoreMs())).append(" per operation")
                .append(others.isEmpty() ? "" : " (" + others + ")").append('.');
        variant(at, CounterKind.SYNCHRONIZED).filter(lock -> lock != cheapest && lost(rows, lock) == 0)
                .ifPresent(lock -> text.append(" The lock (").append(lock.model()).append(") takes ")
                        .append(Figures.duration(lock.scoreMs())).append(", ")
                        .append(Figures.ratio(lock.scoreMs() / cheapest.scoreMs())).append(" that."));
        variant(at, CounterKind.UNSYNCHRONIZED).filter(r -> lost(rows, r) > 0)
                .ifPresent(r -> text.append(" Without a lock (").append(r.model()).append(") ")
                        .append(Figures.count(lost(rows, r))).append(" updates were lost per operation on average."));
        return Optional.of(new Finding("Sharing a counter", text.toString(), Experiment.COUNTER.label(), "time", ""));
    }

    private static double lost(RunRows rows, ResultRow r) {
        return rows.secondary(r, METRIC).map(m -> m.score()).orElse(Double.NaN);
    }

    private static Optional<ResultRow> variant(List<ResultRow> rows, CounterKind kind) {
        return rows.stream().filter(r -> r.model().equals(kind.label())).findFirst();
    }
}

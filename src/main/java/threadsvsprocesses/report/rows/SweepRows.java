package threadsvsprocesses.report.rows;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.run.PlannedCell.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The task-size sweep's figures: each model's speedup curve against the work per task (the single-thread time of a
 * size / its tasks, measured), and the two break-even figures of each model, as metric rows of results.csv:
 * {@link #BREAK_EVEN} (speedup 1) and {@link #FULL_SPEED} (0.9 × cores), in µs of work per task, with the interval in
 * the ci columns and the model and workers as parameters. A figure beyond the range measured is a skipped row whose reason says so.
 */
public final class SweepRows {

    /** Metric: µs of single-thread work per task from which a model beats one thread. */
    public static final String BREAK_EVEN = "breakEvenUs";
    /** Metric: µs of single-thread work per task from which a model reaches 0.9 × cores. */
    public static final String FULL_SPEED = "fullSpeedUs";
    /** The share of the ideal speedup (the core count) that {@link #FULL_SPEED} asks for. */
    public static final double FULL_SHARE = 0.9;
    /** The unit of the break-even rows. */
    public static final String UNIT = "us";

    private static final String WORKLOAD = Experiment.GRANULARITY.label();

    private SweepRows() {
    }

    /** Each model's measured points (not the baseline's), in order of increasing work per task. */
    public static Map<String, List<BreakEven.Point>> curves(List<ResultRow> rows) {
        Map<String, ResultRow> baseline = baselines(rows);
        Map<String, List<BreakEven.Point>> curves = new LinkedHashMap<>();
        for (ResultRow r : rows) {
            ResultRow base = baseline.get(r.sizeKey());
            if (!r.measured() || !r.workload().equals(WORKLOAD) || base == null || base == r || r.number("tasks") <= 0) {
                continue;
            }
            double micros = base.scoreMs() * 1000 / r.number("tasks");
            double low = base.lowMs() / r.highMs();
            double high = base.highMs() / r.lowMs();
            curves.computeIfAbsent(r.model(), m -> new ArrayList<>())
                    .add(new BreakEven.Point(micros, base.scoreMs() / r.scoreMs(), low, high));
        }
        curves.values().forEach(c -> c.sort(Comparator.comparingDouble(BreakEven.Point::micros)));
        return curves;
    }

    /**
     * Why {@code model} was not measured at tasks larger than its largest measured ones, where it was not: the reason
     * of its smallest skipped size above them (on a machine of many cores, the step cap leaves out the 50,000,000-step
     * size, so C1 and C10 are judged at a smaller one); empty if no larger size was skipped.
     */
    public static Optional<String> largerSkipped(List<ResultRow> rows, String model) {
        double largest = rows.stream().filter(r -> r.measured() && r.workload().equals(WORKLOAD)
                && r.model().equals(model)).mapToDouble(r -> r.number("stepsPerTask")).max().orElse(Double.NaN);
        return rows.stream().filter(r -> r.primary() && r.status() == Status.SKIPPED
                        && r.workload().equals(WORKLOAD) && r.model().equals(model)
                        && r.number("stepsPerTask") > largest)
                .min(Comparator.comparingDouble(r -> r.number("stepsPerTask"))).map(ResultRow::reason);
    }

    /**
     * The work per task of a cell of the sweep, in µs: the single-thread time at its size / its tasks (the x of its
     * point on the chart); NaN without that single-thread cell.
     */
    public static double workPerTaskMicros(List<ResultRow> rows, ResultRow cell) {
        ResultRow base = baselines(rows).get(cell.sizeKey());
        return base == null || !(cell.number("tasks") > 0) ? Double.NaN : base.scoreMs() * 1000 / cell.number("tasks");
    }

    /** The measured single-thread cells of the sweep, by size. */
    private static Map<String, ResultRow> baselines(List<ResultRow> rows) {
        Map<String, ResultRow> baseline = new TreeMap<>();
        for (ResultRow r : rows) {
            if (r.measured() && r.workload().equals(WORKLOAD) && RowBuilder.BASELINE_MODEL.equals(r.model())) {
                baseline.putIfAbsent(r.sizeKey(), r);
            }
        }
        return baseline;
    }

    /**
     * A model's two break-even figures: from which work per task it beats one thread, and from which it reaches
     * {@link #FULL_SHARE} × {@code workers} (its workers are the cores of the machine it ran on).
     */
    public record ModelBreakEven(String model, int workers, BreakEven.Crossing beatsOne, BreakEven.Crossing fullSpeed) {
    }

    /** The break-even figures of every model of the sweep in {@code rows}, in the order of {@link #curves}. */
    public static List<ModelBreakEven> breakEvens(List<ResultRow> rows) {
        List<ModelBreakEven> out = new ArrayList<>();
        for (Map.Entry<String, List<BreakEven.Point>> c : curves(rows).entrySet()) {
            int workers = rows.stream().filter(r -> r.measured() && r.workload().equals(WORKLOAD)
                    && r.model().equals(c.getKey())).mapToInt(ResultRow::workers).max().orElse(1);
            out.add(new ModelBreakEven(c.getKey(), workers, BreakEven.of(c.getValue(), 1),
                    BreakEven.of(c.getValue(), FULL_SHARE * workers)));
        }
        return out;
    }

    /** Whether {@code row} is one of the break-even rows (a figure per model, not a cell). */
    public static boolean isBreakEven(ResultRow row) {
        return row.workload().equals(WORKLOAD) && (row.metric().equals(BREAK_EVEN) || row.metric().equals(FULL_SPEED));
    }

    /** {@code rows} followed by two break-even rows per model of the sweep (none without a sweep). */
    public static List<ResultRow> withBreakEvens(List<ResultRow> rows) {
        List<ResultRow> out = new ArrayList<>(rows);
        String benchmark = rows.stream().filter(r -> r.workload().equals(WORKLOAD)).map(ResultRow::benchmark)
                .findFirst().orElse("");
        for (ModelBreakEven b : breakEvens(rows)) {
            out.add(row(benchmark, b.model(), b.workers(), BREAK_EVEN, b.beatsOne()));
            out.add(row(benchmark, b.model(), b.workers(), FULL_SPEED, b.fullSpeed()));
        }
        return out;
    }

    private static ResultRow row(String benchmark, String model, int workers, String metric, BreakEven.Crossing c) {
        // the model and workers as parameters, as every cell of the sweep has them: one row per model and metric
        Map<String, String> params = Map.of(Experiment.GRANULARITY.subject(), model, "workers", String.valueOf(workers));
        if (c.where() != BreakEven.Where.INSIDE) {
            String reason = c.where() == BreakEven.Where.BELOW_RANGE
                    ? "beyond the range measured: already reached at the smallest size"
                    : "beyond the range measured: not reached at the largest size";
            return new ResultRow(benchmark, WORKLOAD, model, workers, new TreeMap<>(params), metric, "", null, Double.NaN,
                    Double.NaN, Double.NaN, Status.SKIPPED, reason);
        }
        Interval interval = new Interval(c.low(), c.high(), 0, Double.NaN, Double.NaN, Interval.Basis.FORKS);
        String reason = c.lowOpen() || c.highOpen() ? "its interval reaches beyond the range measured" : "";
        return new ResultRow(benchmark, WORKLOAD, model, workers, new TreeMap<>(params), metric, "",
                new Metric(c.micros(), Double.NaN, UNIT, 0, Double.NaN, interval), Double.NaN, Double.NaN, Double.NaN,
                Status.DONE, reason);
    }
}

package threadsvsprocesses.report.rows;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.run.PlannedCell.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, ResultRow> baseline = new TreeMap<>();
        for (ResultRow r : rows) {
            if (r.measured() && r.workload().equals(WORKLOAD) && RowBuilder.BASELINE_MODEL.equals(r.model())) {
                baseline.putIfAbsent(r.sizeKey(), r);
            }
        }
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

    /** {@code rows} followed by two break-even rows per model of the sweep (none without a sweep). */
    public static List<ResultRow> withBreakEvens(List<ResultRow> rows) {
        List<ResultRow> out = new ArrayList<>(rows);
        String benchmark = rows.stream().filter(r -> r.workload().equals(WORKLOAD)).map(ResultRow::benchmark)
                .findFirst().orElse("");
        for (Map.Entry<String, List<BreakEven.Point>> c : curves(rows).entrySet()) {
            int workers = rows.stream().filter(r -> r.measured() && r.workload().equals(WORKLOAD)
                    && r.model().equals(c.getKey())).mapToInt(ResultRow::workers).max().orElse(1);
            out.add(row(benchmark, c.getKey(), workers, BREAK_EVEN, BreakEven.of(c.getValue(), 1)));
            out.add(row(benchmark, c.getKey(), workers, FULL_SPEED,
                    BreakEven.of(c.getValue(), FULL_SHARE * workers)));
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

package threadsvsprocesses.report.charts;

import threadsvsprocesses.experiments.pool.PoolKind;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RunRows;
import threadsvsprocesses.report.rows.RowBuilder;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.run.MachineInfo;

import java.awt.Paint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * The pool-map charts (C10): time per task (score_ms / tasks) against workers, one series per pool, log scales, one
 * chart per task size ({@code pool-map-units-<taskUnits>}; taskUnits = 0 is an empty task, so its chart shows the
 * pure dispatch cost); and for the empty tasks the time per message ({@code pool-map-per-message}: score_ms /
 * messages, a chunked pool sending ceil(tasks / (4 x workers)) tasks a message). Single-thread, which runs at one
 * worker, is a horizontal line.
 */
public final class PoolMapCharts {

    private PoolMapCharts() {
    }

    /** Draws one chart per task size measured, and the per-message chart of empty tasks; returns the PNGs written. */
    public static List<Path> write(RunRows rows, MachineInfo machine, Path dir) {
        List<ResultRow> measured = rows.measured(Experiment.POOL_MAP.label()).stream()
                .filter(r -> r.workers() > 0 && r.number("tasks") > 0).toList();
        TreeSet<Double> sizes = new TreeSet<>();
        measured.forEach(r -> sizes.add(r.number("taskUnits")));
        List<Path> written = new ArrayList<>();
        for (double units : sizes) {
            List<ResultRow> of = measured.stream().filter(r -> r.number("taskUnits") == units).toList();
            String tasks = tasksText(of);
            String what = units == 0 ? "of " + tasks + "empty tasks (dispatch alone)"
                    : "of " + tasks + "tasks of " + Figures.count(units) + " units";
            chart(of, machine, PoolMapCharts::perTask, "time per task", "Pool map: time per task " + what)
                    .ifPresent(c -> written.add(ChartFiles.save(c, dir, "pool-map-units-"
                            + Figures.count(units).replace(",", ""))));
            if (units == 0) {
                chart(of, machine, PoolMapCharts::perMessage, "time per message", "Pool map: time per message, "
                        + tasks + "empty tasks (a chunk of tasks, or one)").ifPresent(c -> written.add(
                        ChartFiles.save(c, dir, "pool-map-per-message")));
            }
        }
        return written;
    }

    /** One chart of the rows of one task size, y = {@code y} per row; empty if only single-thread was measured. */
    private static Optional<JFreeChart> chart(List<ResultRow> of, MachineInfo machine,
                                               ToDoubleFunction<ResultRow> y, String yName, String title) {
        List<ResultRow> pools = of.stream().filter(r -> !RowBuilder.BASELINE_MODEL.equals(r.model())).toList();
        if (pools.isEmpty()) {
            return Optional.empty();
        }
        Optional<ResultRow> single = of.stream().filter(r -> RowBuilder.BASELINE_MODEL.equals(r.model())).findFirst();
        YIntervalSeriesCollection data = Series.byModel(pools, ResultRow::workers, y,
                r -> r.errorMs() * y.applyAsDouble(r) / r.scoreMs());
        double lo = Series.minLow(data);
        double hi = Series.maxHigh(data);
        if (single.isPresent()) {
            lo = Math.min(lo, y.applyAsDouble(single.get()));
            hi = Math.max(hi, y.applyAsDouble(single.get()));
        }
        TreeSet<Double> extent = new TreeSet<>();
        if (machine.cores() > 0) {
            extent.add((double) machine.cores());
        }
        FixedTickLogAxis x = new FixedTickLogAxis("workers (threads or processes), log\u2082 scale", 2,
                Series.xValues(data), extent);
        FixedTickLogAxis yAxis = Axes.duration(yName + " (log\u2081\u2080 scale), lower is better", lo, hi);
        XYPlot plot = new XYPlot(Series.spread(data, x.getLowerBound(), x.getUpperBound()), x, yAxis,
                Series.renderer(data));
        Map<String, Paint> lines = new LinkedHashMap<>();
        single.ifPresent(s -> {
            String label = "single-thread: " + Figures.duration(y.applyAsDouble(s)) + " per task";
            Markers.horizontal(plot, y.applyAsDouble(s), label, Palette.colour(s.model()), true);
            lines.put(label, Palette.colour(s.model()));
        });
        Markers.cores(plot, machine.cores());
        return Optional.of(ChartParts.chart(title, plot, machine, lines, true));
    }

    private static String tasksText(List<ResultRow> rows) {
        return rows.stream().map(ResultRow::tasks).distinct().count() == 1
                ? Figures.count(Series.parse(rows.get(0).tasks())) + " " : "";
    }

    /** Time per task in milliseconds: the time of one map divided by its tasks. */
    static double perTask(ResultRow r) {
        return r.scoreMs() / r.number("tasks");
    }

    /** Time per message in milliseconds: the time of one map divided by the messages it sent (one per task for the loop). */
    static double perMessage(ResultRow r) {
        int tasks = (int) r.number("tasks");
        try {
            return r.scoreMs() / PoolKind.byLabel(r.model()).messages(tasks, r.workers());
        } catch (IllegalArgumentException unknownPool) {
            return perTask(r);
        }
    }
}

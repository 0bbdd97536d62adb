package threadsvsprocesses.report.charts;

import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RunRows;
import threadsvsprocesses.report.rows.RowBuilder;
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

/**
 * The pool-map charts (C10): time per task (score_ms / tasks) against workers, one series per pool, log scales, one
 * chart per task size ({@code pool-map-units-<taskUnits>}; taskUnits = 0 is an empty task, so its chart shows the
 * pure dispatch cost). Single-thread, which runs at one worker, is a horizontal line.
 */
public final class PoolMapCharts {

    private PoolMapCharts() {
    }

    /** Draws one chart per task size measured; returns the PNGs written. */
    public static List<Path> write(RunRows rows, MachineInfo machine, Path dir) {
        List<ResultRow> measured = rows.measured(Experiment.POOL_MAP.label()).stream()
                .filter(r -> r.workers() > 0 && r.number("tasks") > 0).toList();
        TreeSet<Double> sizes = new TreeSet<>();
        measured.forEach(r -> sizes.add(r.number("taskUnits")));
        List<Path> written = new ArrayList<>();
        for (double units : sizes) {
            List<ResultRow> of = measured.stream().filter(r -> r.number("taskUnits") == units).toList();
            List<ResultRow> pools = of.stream().filter(r -> !RowBuilder.BASELINE_MODEL.equals(r.model())).toList();
            if (pools.isEmpty()) {
                continue;
            }
            Optional<ResultRow> single = of.stream().filter(r -> RowBuilder.BASELINE_MODEL.equals(r.model())).findFirst();
            YIntervalSeriesCollection data = Series.byModel(pools, ResultRow::workers, PoolMapCharts::perTask,
                    r -> r.errorMs() / r.number("tasks"));
            double lo = Series.minLow(data);
            double hi = Series.maxHigh(data);
            if (single.isPresent()) {
                lo = Math.min(lo, perTask(single.get()));
                hi = Math.max(hi, perTask(single.get()));
            }
            TreeSet<Double> extent = new TreeSet<>();
            if (machine.cores() > 0) {
                extent.add((double) machine.cores());
            }
            FixedTickLogAxis x = new FixedTickLogAxis("workers (threads or processes), log\u2082 scale", 2,
                    Series.xValues(data), extent);
            FixedTickLogAxis y = Axes.duration("time per task (log\u2081\u2080 scale), lower is better",
                    lo, hi);
            XYPlot plot = new XYPlot(Series.spread(data, x.getLowerBound(), x.getUpperBound()), x, y,
                    Series.renderer(data));
            Map<String, Paint> lines = new LinkedHashMap<>();
            single.ifPresent(s -> {
                String label = "single-thread: " + Figures.duration(perTask(s)) + " per task";
                Markers.horizontal(plot, perTask(s), label, Palette.colour(s.model()), true);
                lines.put(label, Palette.colour(s.model()));
            });
            Markers.cores(plot, machine.cores());
            String tasks = pools.stream().map(ResultRow::tasks).distinct().count() == 1
                    ? Figures.count(Series.parse(pools.get(0).tasks())) + " " : "";
            String what = units == 0 ? "of " + tasks + "empty tasks (dispatch alone)"
                    : "of " + tasks + "tasks of " + Figures.count(units) + " units";
            written.add(ChartFiles.save(ChartParts.chart("Pool map: time per task " + what, plot,
                    machine, lines, true), dir, "pool-map-units-" + Figures.count(units).replace(",", "")));
        }
        return written;
    }

    /** Time per task in milliseconds: the time of one map divided by its tasks. */
    static double perTask(ResultRow r) {
        return r.scoreMs() / r.number("tasks");
    }
}

package threadsvsprocesses.report.charts;

import threadsvsprocesses.report.rows.ResultRow;
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
    public static List<Path> write(List<ResultRow> rows, MachineInfo machine, Path dir) {
        List<ResultRow> measured = ExperimentPlots.measured(rows, Experiment.POOL_MAP).stream()
                .filter(r -> r.workers() > 0 && SeriesData.parse(r.tasks()) > 0).toList();
        TreeSet<Double> sizes = new TreeSet<>();
        measured.forEach(r -> sizes.add(SeriesData.parse(r.param("taskUnits"))));
        List<Path> written = new ArrayList<>();
        for (double units : sizes) {
            List<ResultRow> of = measured.stream().filter(r -> SeriesData.parse(r.param("taskUnits")) == units).toList();
            List<ResultRow> pools = of.stream().filter(r -> !RowBuilder.BASELINE_MODEL.equals(r.model())).toList();
            if (pools.isEmpty()) {
                continue;
            }
            Optional<ResultRow> single = of.stream().filter(r -> RowBuilder.BASELINE_MODEL.equals(r.model())).findFirst();
            YIntervalSeriesCollection data = SeriesData.byModel(pools, ResultRow::workers, PoolMapCharts::perTask,
                    r -> r.errorMs() / SeriesData.parse(r.tasks()));
            double lo = SeriesData.minLow(data);
            double hi = SeriesData.maxHigh(data);
            if (single.isPresent()) {
                lo = Math.min(lo, perTask(single.get()));
                hi = Math.max(hi, perTask(single.get()));
            }
            TreeSet<Double> extent = new TreeSet<>();
            if (machine.cores() > 0) {
                extent.add((double) machine.cores());
            }
            FixedTickLogAxis x = new FixedTickLogAxis("workers (threads or processes), log\u2082 scale", 2,
                    SeriesData.xValues(data), extent);
            FixedTickLogAxis y = ExperimentPlots.durationAxis("time per task (log\u2081\u2080 scale), lower is better",
                    lo, hi);
            XYPlot plot = new XYPlot(SeriesData.spread(data, x.getLowerBound(), x.getUpperBound()), x, y,
                    SeriesData.renderer(data));
            Map<String, Paint> lines = new LinkedHashMap<>();
            single.ifPresent(s -> {
                String label = "single-thread: " + ExperimentPlots.duration(perTask(s)) + " per task";
                ChartSupport.addHorizontalLine(plot, perTask(s), label, ChartSupport.colour(s.model()), true);
                lines.put(label, ChartSupport.colour(s.model()));
            });
            ChartSupport.addCoreMarker(plot, machine.cores());
            String tasks = pools.stream().map(ResultRow::tasks).distinct().count() == 1
                    ? FixedTickLogAxis.label(SeriesData.parse(pools.get(0).tasks())) + " " : "";
            String what = units == 0 ? "of " + tasks + "empty tasks (dispatch alone)"
                    : "of " + tasks + "tasks of " + FixedTickLogAxis.label(units) + " units";
            written.add(ChartSupport.save(ExperimentPlots.chart("Pool map: time per task " + what, plot,
                    machine, lines, true), dir, "pool-map-units-" + FixedTickLogAxis.label(units).replace(",", "")));
        }
        return written;
    }

    /** Time per task in milliseconds: the time of one map divided by its tasks. */
    static double perTask(ResultRow r) {
        return r.scoreMs() / SeriesData.parse(r.tasks());
    }
}

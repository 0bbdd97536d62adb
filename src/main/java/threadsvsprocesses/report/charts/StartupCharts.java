package threadsvsprocesses.report.charts;

import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RunRows;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.experiments.startup.ThreadKind;
import threadsvsprocesses.run.MachineInfo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The start-up charts (C4, C11): time to start and join one thread, virtual thread, child JVM or native process,
 * and for threads the time per thread when many are started, then joined ({@code startup-time}); and time to start a
 * process under each launch mechanism ({@code launch-time}); as points with error bars on a log scale (they span
 * microseconds to tens of milliseconds), each labelled with its value.
 */
public final class StartupCharts {

    private StartupCharts() {
    }

    /** Draws the charts whose experiments have measured rows; returns the PNGs written. */
    public static List<Path> write(RunRows rows, MachineInfo machine, Path dir) {
        List<Path> written = new ArrayList<>();
        List<ResultRow> startup = new ArrayList<>(rows.measured(Experiment.STARTUP.label()));
        startup.addAll(rows.measured(Experiment.STARTUP_THROUGHPUT.label()));
        if (!startup.isEmpty()) {
            // a batch of threads is a row of its own, just below the same thread started alone
            Comparator<ResultRow> order = Comparator.comparingInt((ResultRow r) -> Palette.order(r.model()))
                    .thenComparing(ResultRow::model).thenComparing(StartupCharts::inBatch);
            written.add(ChartFiles.save(dotChart(startup, StartupCharts::startupCategory, ResultRow::model, order,
                    "starter", "Start-up: start one and wait for its end; threads also "
                            + Figures.count(ThreadKind.BATCH) + " at a time", machine, false), dir, "startup-time"));
        }
        List<ResultRow> launch = rows.measured(Experiment.LAUNCH.label());
        if (!launch.isEmpty()) {
            Comparator<ResultRow> order = Comparator.comparingInt((ResultRow r) -> Palette.order(r.model()))
                    .thenComparing(ResultRow::model);
            written.add(ChartFiles.save(dotChart(launch, r -> r.model(), r -> r.param("process"), order,
                    "launch mechanism", "Launch: time to start and wait for one process, by launch mechanism",
                    machine, true), dir, "launch-time"));
        }
        return written;
    }

    /** The row of the start-up chart: the starter, or for a batch of threads the starter and the batch. */
    private static String startupCategory(ResultRow r) {
        return inBatch(r) ? r.model() + " ×" + Figures.count(ThreadKind.BATCH) + ", per thread" : r.model();
    }

    private static boolean inBatch(ResultRow r) {
        return r.workload().equals(Experiment.STARTUP_THROUGHPUT.label());
    }

    /**
     * Points on a horizontal log axis, one row of the chart per category (in the order of their rows), one series per
     * {@code series} value (series sharing a category sit slightly apart).
     */
    private static org.jfree.chart.JFreeChart dotChart(List<ResultRow> rows,
                                                       Function<ResultRow, String> category,
                                                       Function<ResultRow, String> series,
                                                       Comparator<ResultRow> order,
                                                       String categoryLabel, String title, MachineInfo machine,
                                                       boolean legend) {
        List<ResultRow> sorted = rows.stream().sorted(order).toList();
        List<String> categories = sorted.stream().map(category).distinct().toList();
        List<String> seriesNames = rows.stream().map(series).distinct()
                .sorted(Comparator.comparingInt(Palette::order).thenComparing(c -> c)).toList();
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (String name : seriesNames) {
            YIntervalSeries ys = new YIntervalSeries(name);
            for (ResultRow r : rows) {
                if (series.apply(r).equals(name)) {
                    // series that share a category sit a little apart; one series in a category stays on its line
                    List<String> sharing = rows.stream().filter(o -> category.apply(o).equals(category.apply(r)))
                            .map(series).distinct().sorted(Comparator.comparingInt(seriesNames::indexOf)).toList();
                    double offset = (sharing.indexOf(name) - (sharing.size() - 1) / 2.0) * 0.18;
                    double v = r.scoreMs();
                    double err = Double.isNaN(r.errorMs()) ? 0 : r.errorMs();
                    ys.add(categories.indexOf(category.apply(r)) + 1 + offset, v, Math.max(v - err, v * 0.02), v + err);
                }
            }
            data.addSeries(ys);
        }
        double lo = Series.minLow(data);
        double hi = Series.maxHigh(data);
        // room on the right for the value labels
        FixedTickLogAxis time = Axes.duration("time per start (log\u2081\u2080 scale), lower is better",
                lo, hi * 6);
        XYErrorRenderer renderer = Series.renderer(data);
        renderer.setDefaultLinesVisible(false);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            renderer.setSeriesLinesVisible(s, false);
        }
        XYPlot plot = new XYPlot(data, Axes.categories(categoryLabel, categories), time, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ChartParts.labelPoints(plot, data, Figures::duration);
        return ChartParts.chart(title, plot, machine, Map.of(), legend);
    }
}

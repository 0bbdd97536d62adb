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
import threadsvsprocesses.run.MachineInfo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The start-up charts (C4, C11): time to start and join one thread, virtual thread, child JVM or native process
 * ({@code startup-time}), and time to start a process under each launch mechanism ({@code launch-time}), as points
 * with error bars on a log scale (they span microseconds to tens of milliseconds), each labelled with its value.
 */
public final class StartupCharts {

    private StartupCharts() {
    }

    /** Draws the charts whose experiments have measured rows; returns the PNGs written. */
    public static List<Path> write(RunRows rows, MachineInfo machine, Path dir) {
        List<Path> written = new ArrayList<>();
        List<ResultRow> startup = rows.measured(Experiment.STARTUP.label());
        if (!startup.isEmpty()) {
            Function<ResultRow, String> starter = ResultRow::model;
            written.add(ChartFiles.save(dotChart(startup, starter, starter,
                    "starter", "Start-up: time to start and join one thread or process", machine, false),
                    dir, "startup-time"));
        }
        List<ResultRow> launch = rows.measured(Experiment.LAUNCH.label());
        if (!launch.isEmpty()) {
            written.add(ChartFiles.save(dotChart(launch, r -> r.model(), r -> r.param("process"),
                    "launch mechanism", "Launch: time to start and wait for one process, by launch mechanism",
                    machine, true), dir, "launch-time"));
        }
        return written;
    }

    /**
     * Points on a horizontal log axis, one row of the chart per category, one series per {@code series} value
     * (series sharing a category sit slightly apart).
     */
    private static org.jfree.chart.JFreeChart dotChart(List<ResultRow> rows,
                                                       Function<ResultRow, String> category,
                                                       Function<ResultRow, String> series,
                                                       String categoryLabel, String title, MachineInfo machine,
                                                       boolean legend) {
        List<String> categories = rows.stream().map(category).distinct()
                .sorted(Comparator.comparingInt(Palette::order).thenComparing(c -> c)).toList();
        List<String> seriesNames = rows.stream().map(series).distinct()
                .sorted(Comparator.comparingInt(Palette::order).thenComparing(c -> c)).toList();
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (int s = 0; s < seriesNames.size(); s++) {
            YIntervalSeries ys = new YIntervalSeries(seriesNames.get(s));
            // series that share a category sit a little apart; one series per category stays on its line
            double offset = category == series ? 0 : (s - (seriesNames.size() - 1) / 2.0) * 0.18;
            for (ResultRow r : rows) {
                if (series.apply(r).equals(seriesNames.get(s))) {
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

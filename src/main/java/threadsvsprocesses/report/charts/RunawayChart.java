package threadsvsprocesses.report.charts;

import threadsvsprocesses.report.rows.Metric;
import threadsvsprocesses.experiments.runaway.RunawayKind;
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

import java.awt.Color;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The runaway chart (C9): time from a stop request until the worker is gone, per worker kind, on a log scale, with
 * the bound on waiting (waitMillis) as a line. A worker the request did not stop is labelled "did not stop within
 * N ms" in red, one stopped only sometimes with the share of tries it stopped in.
 */
public final class RunawayChart {

    static final String METRIC = "stoppedFraction";
    private static final Color NOT_STOPPED = new Color(0xB0, 0x00, 0x00);

    private RunawayChart() {
    }

    /** Draws {@code runaway-stop-time}; nothing without measured rows. */
    public static Optional<Path> write(RunRows rows, MachineInfo machine, Path dir) {
        List<ResultRow> measured = rows.measured(Experiment.RUNAWAY.label());
        if (measured.isEmpty()) {
            return Optional.empty();
        }
        List<String> workers = measured.stream().map(ResultRow::model).distinct()
                .sorted(Comparator.comparingInt(Palette::order).thenComparing(w -> w)).toList();
        // one point per worker: the first measured (a run has one waitMillis unless the user gave several)
        List<ResultRow> shown = workers.stream()
                .map(w -> measured.stream().filter(r -> r.model().equals(w)).findFirst().orElseThrow()).toList();
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (ResultRow r : shown) {
            YIntervalSeries s = new YIntervalSeries(r.model());
            Series.add(s, workers.indexOf(r.model()) + 1, r.scoreMs(), r.errorMs());
            data.addSeries(s);
        }
        double bound = shown.stream().mapToDouble(r -> r.number("waitMillis"))
                .filter(v -> v > 0).max().orElse(Double.NaN);
        double hi = Math.max(Series.maxHigh(data), Double.isNaN(bound) ? 0 : bound);
        FixedTickLogAxis time = Axes.duration(
                "time from the stop request until the worker is gone (log\u2081\u2080 scale)",
                Series.minLow(data), hi * 6);
        XYErrorRenderer renderer = Series.renderer(data);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            renderer.setSeriesLinesVisible(s, false);
        }
        XYPlot plot = new XYPlot(data, Axes.categories("worker (stopped by)", workers.stream()
                .map(RunawayChart::withStopper).toList()), time, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        if (!Double.isNaN(bound)) {
            Markers.bound(plot, bound, "gives up after " + Figures.duration(bound));
        }
        for (ResultRow r : shown) {
            double x = workers.indexOf(r.model()) + 1;
            double y = r.scoreMs() + (Double.isNaN(r.errorMs()) ? 0 : r.errorMs());
            Metric stopped = rows.secondary(r, METRIC).orElse(null);
            String within = Figures.duration(r.number("waitMillis"));
            if (stopped == null) {
                // no stoppedFraction: the time alone, without claiming the worker stopped
                ChartParts.label(plot, x, y, Figures.duration(r.scoreMs()), Palette.colour(r.model()));
            } else if (stopped.score() <= 0) {
                ChartParts.label(plot, x, y, "did not stop within " + within, NOT_STOPPED);
            } else if (stopped.score() < 1) {
                ChartParts.label(plot, x, y, "stopped in " + Figures.percent(stopped.score(), 0) + " of tries within "
                        + within, NOT_STOPPED);
            } else {
                ChartParts.label(plot, x, y, "stopped after " + Figures.duration(r.scoreMs()),
                        Palette.colour(r.model()));
            }
        }
        return Optional.of(ChartFiles.save(ChartParts.chart(
                "Runaway worker: time to stop a worker that never checks for interruption", plot, machine, Map.of(),
                false), dir, "runaway-stop-time"));
    }

    /** The worker with the stop request it gets: a thread is interrupted, a process destroyed. */
    private static String withStopper(String worker) {
        return worker + " (" + RunawayKind.byLabel(worker).stopRequest() + ")";
    }
}

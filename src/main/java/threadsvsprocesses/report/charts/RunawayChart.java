package threadsvsprocesses.report.charts;

import threadsvsprocesses.report.rows.JmhResult;
import threadsvsprocesses.report.rows.ResultRow;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
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
    public static Optional<Path> write(List<ResultRow> rows, MachineInfo machine, Path dir) {
        List<ResultRow> measured = ExperimentPlots.measured(rows, Experiment.RUNAWAY);
        if (measured.isEmpty()) {
            return Optional.empty();
        }
        List<String> workers = measured.stream().map(ResultRow::model).distinct()
                .sorted(Comparator.comparingInt(ChartSupport::order).thenComparing(w -> w)).toList();
        // one point per worker: the first measured (a run has one waitMillis unless the user gave several)
        List<ResultRow> shown = workers.stream()
                .map(w -> measured.stream().filter(r -> r.model().equals(w)).findFirst().orElseThrow()).toList();
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (ResultRow r : shown) {
            YIntervalSeries s = new YIntervalSeries(r.model());
            double err = Double.isNaN(r.errorMs()) ? 0 : r.errorMs();
            s.add(workers.indexOf(r.model()) + 1, r.scoreMs(), Math.max(r.scoreMs() - err, r.scoreMs() * 0.02),
                    r.scoreMs() + err);
            data.addSeries(s);
        }
        double bound = shown.stream().mapToDouble(r -> SeriesData.parse(r.param("waitMillis")))
                .filter(v -> v > 0).max().orElse(Double.NaN);
        double hi = Math.max(SeriesData.maxHigh(data), Double.isNaN(bound) ? 0 : bound);
        FixedTickLogAxis time = ExperimentPlots.durationAxis(
                "time from the stop request until the worker is gone (log\u2081\u2080 scale)",
                SeriesData.minLow(data), hi * 6);
        XYErrorRenderer renderer = SeriesData.renderer(data);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            renderer.setSeriesLinesVisible(s, false);
        }
        XYPlot plot = new XYPlot(data, ExperimentPlots.categoryAxis("worker (stopped by)", workers.stream()
                .map(RunawayChart::withStopper).toList()), time, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        if (!Double.isNaN(bound)) {
            ValueMarker m = new ValueMarker(bound, ChartSupport.REFERENCE, ChartSupport.DASHED);
            m.setLabel("gives up after " + ExperimentPlots.duration(bound));
            m.setLabelFont(ChartSupport.MARKER);
            m.setLabelPaint(ChartSupport.REFERENCE);
            m.setLabelBackgroundColor(Color.WHITE);
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            m.setLabelOffset(new RectangleInsets(8, 6, 8, 6));
            plot.addRangeMarker(m);
        }
        for (ResultRow r : shown) {
            double x = workers.indexOf(r.model()) + 1;
            double y = r.scoreMs() + (Double.isNaN(r.errorMs()) ? 0 : r.errorMs());
            JmhResult.Metric stopped = ExperimentPlots.secondary(r, METRIC);
            String within = ExperimentPlots.duration(SeriesData.parse(r.param("waitMillis")));
            if (stopped == null) {
                // no stoppedFraction: the time alone, without claiming the worker stopped
                ExperimentPlots.label(plot, x, y, ExperimentPlots.duration(r.scoreMs()), ChartSupport.colour(r.model()));
            } else if (stopped.score() <= 0) {
                ExperimentPlots.label(plot, x, y, "did not stop within " + within, NOT_STOPPED);
            } else if (stopped.score() < 1) {
                ExperimentPlots.label(plot, x, y, String.format(java.util.Locale.ROOT,
                        "stopped in %.0f%% of tries within %s", stopped.score() * 100, within), NOT_STOPPED);
            } else {
                ExperimentPlots.label(plot, x, y, "stopped after " + ExperimentPlots.duration(r.scoreMs()),
                        ChartSupport.colour(r.model()));
            }
        }
        return Optional.of(ChartSupport.save(ExperimentPlots.chart(
                "Runaway worker: time to stop a worker that never checks for interruption", plot, machine, Map.of(),
                false), dir, "runaway-stop-time"));
    }

    /** The worker with the stop request it gets: a thread is interrupted, a process destroyed. */
    private static String withStopper(String worker) {
        return worker.endsWith("-thread") ? worker + " (interrupt)" : worker + " (destroy)";
    }
}

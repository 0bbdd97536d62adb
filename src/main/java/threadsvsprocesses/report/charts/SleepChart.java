package threadsvsprocesses.report.charts;

import threadsvsprocesses.report.rows.ResultRow;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import threadsvsprocesses.run.MachineInfo;

import java.awt.Paint;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The chart of the sleep workload: wall time per operation against the number of tasks, both axes log10, one
 * series per model, with the ideal (all tasks sleeping at once: one sleep) as a horizontal line. When the run holds
 * several sleep lengths, the most common one is charted.
 */
public final class SleepChart {

    /** The workload this chart draws. */
    public static final String WORKLOAD = "sleep";

    private SleepChart() {
    }

    /** Draws {@code sleep-time} into {@code dir}; returns the PNG written, or nothing if there is no sleep data. */
    public static Optional<Path> write(List<ResultRow> allRows, MachineInfo machine, Path dir) {
        List<ResultRow> measured = allRows.stream()
                .filter(r -> WORKLOAD.equals(r.workload()) && r.measured() && SeriesData.parse(r.tasks()) > 0)
                .toList();
        Optional<String> sleep = SeriesData.mostCommon(measured, ResultRow::sleepMillis);
        if (sleep.isEmpty()) {
            return Optional.empty();
        }
        List<ResultRow> rows = measured.stream().filter(r -> r.sleepMillis().equals(sleep.get())).toList();
        double sleepMs = SeriesData.parse(sleep.get());

        YIntervalSeriesCollection data = SeriesData.byModel(rows, r -> SeriesData.parse(r.tasks()),
                ResultRow::scoreMs, true);
        TreeSet<Double> xs = SeriesData.xValues(data);
        FixedTickLogAxis x = new FixedTickLogAxis("tasks (each sleeps " + ScalingCharts.ms(sleepMs) + "), log\u2081\u2080 scale",
                10, xs, new TreeSet<>());

        double lo = Math.min(SeriesData.minLow(data), sleepMs > 0 ? sleepMs : Double.POSITIVE_INFINITY);
        double hi = Math.max(SeriesData.maxHigh(data), sleepMs);
        FixedTickLogAxis y = new FixedTickLogAxis("wall time per operation (ms), log\u2081\u2080 scale, lower is better",
                10, FixedTickLogAxis.oneTwoFive(lo / 1.8, hi * 1.3), new TreeSet<>(List.of(lo / 1.8, hi * 1.3)));

        XYPlot plot = new XYPlot(SeriesData.spread(data, x.getLowerBound(), x.getUpperBound()), x, y,
                SeriesData.renderer(data));
        String idealLabel = "ideal: one sleep of " + ScalingCharts.ms(sleepMs);
        Map<String, Paint> lines = Map.of();
        if (sleepMs > 0) {
            ChartSupport.addHorizontalLine(plot, sleepMs, idealLabel, ChartSupport.REFERENCE, true);
            lines = Map.of(idealLabel, ChartSupport.REFERENCE);
        }
        SeriesData.legendWithLines(plot, lines);
        JFreeChart chart = new JFreeChart("Sleep: wall time per operation by number of sleeping tasks",
                ChartSupport.TITLE, plot, true);
        ChartSupport.style(chart, machine);
        return Optional.of(ChartSupport.save(chart, dir, "sleep-time"));
    }
}

package threadsvsprocesses.report.charts;

import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RunRows;
import threadsvsprocesses.run.MachineInfo;
import threadsvsprocesses.workload.Workload;

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

    private static final String WORKLOAD = Workload.SLEEP.label();

    private SleepChart() {
    }

    /** Draws {@code sleep-time} into {@code dir}; returns the PNG written, or nothing if there is no sleep data. */
    public static Optional<Path> write(RunRows allRows, MachineInfo machine, Path dir) {
        List<ResultRow> measured = allRows.measured(WORKLOAD).stream().filter(r -> r.number("tasks") > 0).toList();
        Optional<String> sleep = Series.mostCommon(measured, ResultRow::sleepMillis);
        if (sleep.isEmpty()) {
            return Optional.empty();
        }
        List<ResultRow> rows = measured.stream().filter(r -> r.sleepMillis().equals(sleep.get())).toList();
        double sleepMs = Series.parse(sleep.get());

        YIntervalSeriesCollection data = Series.byModel(rows, r -> r.number("tasks"), ResultRow::scoreMs,
                ResultRow::errorMs);
        FixedTickLogAxis x = new FixedTickLogAxis("tasks (each sleeps " + Figures.duration(sleepMs)
                + "), log\u2081\u2080 scale", 10, Series.xValues(data), new TreeSet<>());
        double lo = Math.min(Series.minLow(data), sleepMs > 0 ? sleepMs : Double.POSITIVE_INFINITY);
        double hi = Math.max(Series.maxHigh(data), sleepMs);
        FixedTickLogAxis y = new FixedTickLogAxis("wall time per operation (ms), log\u2081\u2080 scale, lower is better",
                10, FixedTickLogAxis.oneTwoFive(lo / 1.8, hi * 1.3), new TreeSet<>(List.of(lo / 1.8, hi * 1.3)));

        XYPlot plot = new XYPlot(Series.spread(data, x.getLowerBound(), x.getUpperBound()), x, y, Series.renderer(data));
        String idealLabel = "ideal: one sleep of " + Figures.duration(sleepMs);
        Map<String, Paint> lines = Map.of();
        if (sleepMs > 0) {
            Markers.horizontal(plot, sleepMs, idealLabel, ChartStyle.REFERENCE, true);
            lines = Map.of(idealLabel, ChartStyle.REFERENCE);
        }
        return Optional.of(ChartFiles.save(ChartParts.chart("Sleep: wall time per operation by number of sleeping tasks",
                plot, machine, lines, true), dir, "sleep-time"));
    }
}

package threadsvsprocesses.report.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.BreakEven;
import threadsvsprocesses.report.rows.RunRows;
import threadsvsprocesses.report.rows.SweepRows;
import threadsvsprocesses.run.MachineInfo;

import java.awt.Paint;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The task-size sweep's chart ({@code granularity-speedup}): speedup over single-thread against the work per task
 * (the single-thread time of a size / its tasks, measured, log scale), one line per model with its interval as a
 * shaded band ({@link SpeedupBands}), the ideal (the core count) and 1× (as fast as one thread) drawn in. Points
 * stay at their measured x (no sideways spread): the bands, not separate error bars, show where models overlap.
 */
public final class GranularityChart {

    private GranularityChart() {
    }

    /** Draws the chart if the run has a sweep with a model beside single-thread; returns the PNGs written. */
    public static List<Path> write(RunRows rows, MachineInfo machine, Path dir) {
        Map<String, List<BreakEven.Point>> curves = SweepRows.curves(rows.all());
        if (curves.isEmpty()) {
            return List.of();
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        curves.keySet().stream().sorted(Comparator.comparingInt(Palette::order).thenComparing(m -> m))
                .forEach(m -> data.addSeries(SpeedupBands.series(m, curves.get(m))));
        double cores = Math.max(1, machine.cores());
        FixedTickLogAxis x = SpeedupBands.workAxis(data);
        NumberAxis y = SpeedupBands.speedupAxis(data, cores);
        XYPlot plot = SpeedupBands.plot(data, x, y, s -> Palette.colour(data.getSeriesKey(s).toString()),
                s -> data.getSeriesKey(s).toString());
        Map<String, Paint> lines = new LinkedHashMap<>();
        String ideal = "ideal: " + Figures.ratio(cores) + " (the core count)";
        Markers.horizontal(plot, cores, ideal, ChartStyle.REFERENCE, false);
        lines.put(ideal, ChartStyle.REFERENCE);
        SpeedupBands.oneLine(plot);
        lines.put(SpeedupBands.ONE, ChartStyle.REFERENCE);
        JFreeChart chart = ChartParts.chart("Task size: speedup over single-thread by work per task", plot, machine,
                lines, true);
        return List.of(ChartFiles.save(chart, dir, "granularity-speedup"));
    }
}

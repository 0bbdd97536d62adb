package threadsvsprocesses.report.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeries;
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
 * (the single-thread time of a size / its tasks, measured, log scale), one line per model with its interval as
 * error bars, the ideal (the core count) and 1× (as fast as one thread) drawn in.
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
        curves.keySet().stream().sorted(Comparator.comparingInt(Palette::order).thenComparing(m -> m)).forEach(m -> {
            YIntervalSeries s = new YIntervalSeries(m);
            for (BreakEven.Point p : curves.get(m)) {
                double low = Double.isNaN(p.low()) ? p.speedup() : p.low();
                double high = Double.isNaN(p.high()) || Double.isInfinite(p.high()) ? p.speedup() : p.high();
                s.add(p.micros() / 1000, p.speedup(), Math.max(0, low), high);
            }
            data.addSeries(s);
        });
        double cores = Math.max(1, machine.cores());
        FixedTickLogAxis x = Axes.duration("work per task (its single-thread time, log\u2081\u2080 scale)",
                Series.xValues(data).first(), Series.xValues(data).last());
        NumberAxis y = new NumberAxis("speedup over single-thread (\u00d7), higher is better");
        y.setRange(0, Math.max(cores, Math.min(Series.maxHigh(data), 2 * cores)) * 1.1);
        XYPlot plot = new XYPlot(Series.spread(data, x.getLowerBound(), x.getUpperBound()), x, y,
                Series.renderer(data));
        Map<String, Paint> lines = new LinkedHashMap<>();
        String ideal = "ideal: " + Figures.ratio(cores) + " (the core count)";
        Markers.horizontal(plot, cores, ideal, ChartStyle.REFERENCE, false);
        lines.put(ideal, ChartStyle.REFERENCE);
        String one = "1\u00d7: as fast as one thread";
        Markers.horizontal(plot, 1, one, ChartStyle.REFERENCE, true);
        lines.put(one, ChartStyle.REFERENCE);
        JFreeChart chart = ChartParts.chart("Task size: speedup over single-thread by work per task", plot, machine,
                lines, true);
        return List.of(ChartFiles.save(chart, dir, "granularity-speedup"));
    }
}

package threadsvsprocesses.report.charts;

import threadsvsprocesses.report.rows.Metric;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RunRows;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.run.MachineInfo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The memory chart (C5): resident memory per holder (rssBytesPerHolder) against the number of holders, one series
 * per holder kind, both axes log scale (kilobytes per thread to tens of megabytes per child JVM). Values of zero or
 * below (growth lost in the noise) cannot sit on a log scale and are left out; the table keeps them.
 */
public final class MemoryChart {

    /** The secondary metric drawn. */
    static final String METRIC = "rssBytesPerHolder";

    private MemoryChart() {
    }

    /** Draws {@code memory-rss}; nothing if no holder has a positive figure. */
    public static Optional<Path> write(RunRows rows, MachineInfo machine, Path dir) {
        List<ResultRow> measured = rows.measured(Experiment.MEMORY.label()).stream()
                .filter(r -> perHolder(rows, r) > 0 && r.number("holders") > 0).toList();
        if (measured.isEmpty()) {
            return Optional.empty();
        }
        YIntervalSeriesCollection data = Series.byModel(measured, r -> r.number("holders"),
                r -> perHolder(rows, r), r -> rows.secondary(r, METRIC).orElseThrow().halfWidth());
        TreeSet<Double> xs = Series.xValues(data);
        FixedTickLogAxis x = new FixedTickLogAxis("holders started at once (log\u2081\u2080 scale)", 10, xs,
                new TreeSet<>());
        FixedTickLogAxis y = Axes.bytes("resident memory per holder (log scale), lower is better",
                Series.minLow(data), Series.maxHigh(data));
        XYPlot plot = new XYPlot(Series.spread(data, x.getLowerBound(), x.getUpperBound()), x, y,
                Series.renderer(data));
        return Optional.of(ChartFiles.save(ChartParts.chart(
                "Memory: resident memory per parked thread or idle child JVM", plot, machine, Map.of(), true),
                dir, "memory-rss"));
    }

    private static double perHolder(RunRows rows, ResultRow r) {
        return rows.secondary(r, METRIC).map(Metric::score).orElse(Double.NaN);
    }
}

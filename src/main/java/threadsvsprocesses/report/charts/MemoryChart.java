package threadsvsprocesses.report.charts;

import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.experiments.memory.Footprint;
import threadsvsprocesses.report.rows.Metric;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RunRows;
import threadsvsprocesses.run.MachineInfo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * The memory charts (C5), against the number of holders, one series per holder kind, both axes log scale (KiB per
 * thread to tens of MiB per child JVM): what one more holder costs, its unique memory plus its kernel memory
 * ({@code memory-unique}, the figure C5 decides on), and its resident memory, shared pages counted in full
 * ({@code memory-rss}). Error bars are the 99.9% intervals of the samples. Values of zero or below (growth lost in
 * the noise) cannot sit on a log scale and are left out; the table keeps them.
 */
public final class MemoryChart {

    private MemoryChart() {
    }

    /** Draws the charts that have a positive figure; returns the PNGs written. */
    public static List<Path> write(RunRows rows, MachineInfo machine, Path dir) {
        List<Path> written = new ArrayList<>();
        chart(rows, machine, r -> sum(rows, r, Footprint.USS, Footprint.KERNEL, false),
                r -> sum(rows, r, Footprint.USS, Footprint.KERNEL, true),
                "unique + kernel memory per holder (log scale), lower is better",
                "Memory: what one more parked thread or idle child JVM costs (unique + kernel)")
                .ifPresent(png -> written.add(ChartFiles.save(png, dir, "memory-unique")));
        chart(rows, machine, r -> value(rows, r, Footprint.RSS, false), r -> value(rows, r, Footprint.RSS, true),
                "resident memory per holder (log scale), lower is better",
                "Memory: resident memory (RSS, shared pages in full) per parked thread or idle child JVM")
                .ifPresent(png -> written.add(ChartFiles.save(png, dir, "memory-rss")));
        return written;
    }

    private static Optional<org.jfree.chart.JFreeChart> chart(RunRows rows, MachineInfo machine,
                                                               ToDoubleFunction<ResultRow> y,
                                                               ToDoubleFunction<ResultRow> error, String yLabel,
                                                               String title) {
        List<ResultRow> measured = rows.measured(Experiment.MEMORY.label()).stream()
                .filter(r -> y.applyAsDouble(r) > 0 && r.number("holders") > 0).toList();
        if (measured.isEmpty()) {
            return Optional.empty();
        }
        YIntervalSeriesCollection data = Series.byModel(measured, r -> r.number("holders"), y, error);
        TreeSet<Double> xs = Series.xValues(data);
        FixedTickLogAxis x = new FixedTickLogAxis("holders started at once (log\u2081\u2080 scale)", 10, xs,
                new TreeSet<>());
        FixedTickLogAxis yAxis = Axes.bytes(yLabel, Series.minLow(data), Series.maxHigh(data));
        XYPlot plot = new XYPlot(Series.spread(data, x.getLowerBound(), x.getUpperBound()), x, yAxis,
                Series.renderer(data));
        return Optional.of(ChartParts.chart(title, plot, machine, Map.of(), true));
    }

    /** A metric's score (or error) for a row's cell; NaN where absent. */
    private static double value(RunRows rows, ResultRow r, String metric, boolean error) {
        return rows.secondary(r, metric).map(m -> error ? m.halfWidth() : m.score()).orElse(Double.NaN);
    }

    /** Two metrics' scores summed (or their errors summed); NaN where the first is absent, 0 for a missing second. */
    private static double sum(RunRows rows, ResultRow r, String first, String second, boolean error) {
        Optional<Metric> a = rows.secondary(r, first);
        if (a.isEmpty()) {
            return Double.NaN;
        }
        double b = rows.secondary(r, second).map(m -> error ? m.halfWidth() : m.score()).orElse(0.0);
        return (error ? a.get().halfWidth() : a.get().score()) + b;
    }
}

package threadsvsprocesses.report.charts;

import threadsvsprocesses.report.rows.JmhResult;
import threadsvsprocesses.report.rows.ResultRow;
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
    public static Optional<Path> write(List<ResultRow> rows, MachineInfo machine, Path dir) {
        List<ResultRow> measured = ExperimentPlots.measured(rows, Experiment.MEMORY).stream()
                .filter(r -> perHolder(r) > 0 && SeriesData.parse(r.param("holders")) > 0).toList();
        if (measured.isEmpty()) {
            return Optional.empty();
        }
        YIntervalSeriesCollection data = SeriesData.byModel(measured, r -> SeriesData.parse(r.param("holders")),
                MemoryChart::perHolder, r -> ExperimentPlots.secondary(r, METRIC).scoreError());
        TreeSet<Double> xs = SeriesData.xValues(data);
        FixedTickLogAxis x = new FixedTickLogAxis("holders started at once (log\u2081\u2080 scale)", 10, xs,
                new TreeSet<>());
        FixedTickLogAxis y = ExperimentPlots.bytesAxis("resident memory per holder (log scale), lower is better",
                SeriesData.minLow(data), SeriesData.maxHigh(data));
        XYPlot plot = new XYPlot(SeriesData.spread(data, x.getLowerBound(), x.getUpperBound()), x, y,
                SeriesData.renderer(data));
        return Optional.of(ChartSupport.save(ExperimentPlots.chart(
                "Memory: resident memory per parked thread or idle child JVM", plot, machine, Map.of(), true),
                dir, "memory-rss"));
    }

    private static double perHolder(ResultRow r) {
        JmhResult.Metric m = ExperimentPlots.secondary(r, METRIC);
        return m == null ? Double.NaN : m.score();
    }
}

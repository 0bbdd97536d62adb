package threadsvsprocesses.report.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import threadsvsprocesses.report.format.Titles;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.run.MachineInfo;

import java.util.List;
import java.util.Map;

/**
 * Time per unit of work (per countdown step, per term of squares) against workers, for the JVM's models and
 * CPython's on one chart. The two runtimes run different sizes (CPython is several hundred times slower per step,
 * so its operations are smaller), which makes their times per operation incomparable; per unit they compare, on a
 * log scale that holds both.
 */
final class PerUnitChart {

    private PerUnitChart() {
    }

    /** The chart of {@code rows} (measured rows of one workload, both runtimes, baselines included). */
    static JFreeChart of(String workload, List<ResultRow> rows, MachineInfo machine) {
        String unit = workload.equals("countdown") ? "step" : "term";
        YIntervalSeriesCollection data = Series.byModel(rows, ResultRow::workers, ResultRow::msPerUnit,
                r -> r.errorMs() / r.number("count"));
        FixedTickLogAxis x = Axes.workers(Series.xValues(data), machine.cores());
        FixedTickLogAxis y = Axes.duration("time per " + unit + " of all the work, log scale, lower is better",
                Series.minLow(data), Series.maxHigh(data));
        XYPlot plot = new XYPlot(Series.spread(data, x.getLowerBound(), x.getUpperBound()), x, y, Series.renderer(data));
        Markers.cores(plot, machine.cores());
        return ChartParts.chart(Titles.of(workload) + ": time per " + unit + " by workers, the JVM and CPython", plot,
                machine, Map.of(), true);
    }

}

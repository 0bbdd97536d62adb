package threadsvsprocesses.report.charts;

import threadsvsprocesses.report.rows.Metric;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RunRows;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.run.MachineInfo;

import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The shared-counter charts (C7, C8), against workers, one series per counter variant: the time of one operation
 * (every worker adding {@code increments} times) on a log scale ({@code counter-time}), and the share of all updates
 * lost ({@code counter-lost-updates}: lostUpdates / (workers × increments); 0% for correct variants, 100% for
 * process-private, whose children each add to their own copy).
 */
public final class CounterCharts {

    static final String METRIC = "lostUpdates";

    private CounterCharts() {
    }

    /** Draws the charts if the counter experiment has measured rows; returns the PNGs written. */
    public static List<Path> write(RunRows rows, MachineInfo machine, Path dir) {
        List<ResultRow> measured = rows.measured(Experiment.COUNTER.label()).stream()
                .filter(r -> r.workers() > 0).toList();
        List<Path> written = new ArrayList<>();
        if (measured.isEmpty()) {
            return written;
        }
        String increments = incrementsText(measured);
        YIntervalSeriesCollection time = Series.byModel(measured, ResultRow::workers, ResultRow::scoreMs,
                ResultRow::errorMs);
        FixedTickLogAxis y = Axes.duration("time per operation (log\u2081\u2080 scale), lower is better",
                Series.minLow(time), Series.maxHigh(time));
        written.add(ChartFiles.save(ChartParts.chart("Shared counter: time for every worker to add "
                + increments + " times", plot(time, y, machine), machine, Map.of(), true), dir, "counter-time"));

        List<ResultRow> counted = measured.stream().filter(r -> !Double.isNaN(lostShare(rows, r))).toList();
        if (!counted.isEmpty()) {
            YIntervalSeriesCollection lost = Series.byModel(counted, ResultRow::workers, r -> lostShare(rows, r),
                    r -> lostShareError(rows, r));
            NumberAxis share = new NumberAxis("updates lost (% of workers \u00d7 increments), lower is better");
            share.setRange(-4, Math.max(105, Series.maxHigh(lost) + 5));
            share.setTickUnit(new NumberTickUnit(10,
                    new DecimalFormat("0'%'", DecimalFormatSymbols.getInstance(Locale.ROOT))));
            written.add(ChartFiles.save(ChartParts.chart("Shared counter: share of updates lost ("
                    + increments + " increments per worker)", plot(lost, share, machine), machine, Map.of(), true),
                    dir, "counter-lost-updates"));
        }
        return written;
    }

    private static XYPlot plot(YIntervalSeriesCollection data, org.jfree.chart.axis.ValueAxis y, MachineInfo machine) {
        FixedTickLogAxis x = Axes.workers(Series.xValues(data), machine.cores());
        XYPlot plot = new XYPlot(Series.spread(data, x.getLowerBound(), x.getUpperBound()), x, y,
                Series.renderer(data));
        Markers.cores(plot, machine.cores());
        return plot;
    }

    /** lostUpdates as a percentage of all updates, NaN where unknown. */
    static double lostShare(RunRows rows, ResultRow r) {
        Metric m = rows.secondary(r, METRIC).orElse(null);
        double updates = r.workers() * r.number("increments");
        return m == null || !(updates > 0) ? Double.NaN : 100 * m.score() / updates;
    }

    /** Half the width of the interval of {@link #lostShare}, NaN where there is none. */
    static double lostShareError(RunRows rows, ResultRow r) {
        Metric m = rows.secondary(r, METRIC).orElse(null);
        double share = lostShare(rows, r);
        return m == null || Double.isNaN(share) || m.score() == 0 ? Double.NaN : share * m.halfWidth() / m.score();
    }

    private static String incrementsText(List<ResultRow> rows) {
        List<String> values = rows.stream().map(r -> r.param("increments")).distinct().toList();
        return values.size() == 1 ? Figures.count(Series.parse(values.get(0))) : "its increments";
    }
}

package threadsvsprocesses.report.charts;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import threadsvsprocesses.report.rows.BreakEven;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The task-size sweep's speedup curves as a run's chart and a comparison's chart draw them: each point at its work
 * per task (the measured single-thread time of a task, so machines of different speed share the x axis) with its
 * model's marker and line, and the speedup's interval as a shaded band around the line.
 */
public final class SpeedupBands {

    /**
     * Opacity of a band: light, so that where the bands of several models overlap each stays visible and the darker
     * overlap shows that their intervals meet.
     */
    static final float ALPHA = 0.14f;
    /** The label of the 1× line (also its legend entry). */
    public static final String ONE = "1\u00d7: as fast as one thread";

    private SpeedupBands() {
    }

    /**
     * One curve as a series: x the work per task in ms, y the speedup, the band its interval. An interval end that
     * is unknown (NaN) or unbounded (a time whose interval reaches 0) is drawn at the speedup itself, and the lower
     * end is kept at or above 0.
     */
    public static YIntervalSeries series(Comparable<?> key, List<BreakEven.Point> points) {
        YIntervalSeries s = new YIntervalSeries(key);
        for (BreakEven.Point p : points) {
            double low = Double.isNaN(p.low()) ? p.speedup() : p.low();
            double high = Double.isNaN(p.high()) || Double.isInfinite(p.high()) ? p.speedup() : p.high();
            s.add(p.micros() / 1000, p.speedup(), Math.max(0, low), high);
        }
        return s;
    }

    /** The x axis: work per task, log scale, spanning every point of {@code data}. */
    public static FixedTickLogAxis workAxis(YIntervalSeriesCollection data) {
        return Axes.duration("work per task (its measured single-thread time, log\u2081\u2080 scale)",
                Series.xValues(data).first(), Series.xValues(data).last());
    }

    /** The y axis: speedup from 0 to a little above the highest ideal, or the bands' top (at most twice the ideal). */
    public static NumberAxis speedupAxis(YIntervalSeriesCollection data, double highestIdeal) {
        NumberAxis y = new NumberAxis("speedup over single-thread (\u00d7), higher is better");
        y.setRange(0, Math.max(highestIdeal, Math.min(Series.maxHigh(data), 2 * highestIdeal)) * 1.1);
        return y;
    }

    /** A plot of {@code data} with bands, series {@code s} in {@code paint.apply(s)} with the look of model {@code look.apply(s)}. */
    public static XYPlot plot(YIntervalSeriesCollection data, FixedTickLogAxis x, NumberAxis y, IntFunction<Paint> paint,
                              IntFunction<String> look) {
        return new XYPlot(data, x, y, renderer(data, paint, look));
    }

    /** The 1× line: below it a model is slower than one thread. */
    public static void oneLine(XYPlot plot) {
        Markers.horizontal(plot, 1, ONE, ChartStyle.REFERENCE, true);
    }

    private static DeviationRenderer renderer(YIntervalSeriesCollection data, IntFunction<Paint> paint,
                                              IntFunction<String> look) {
        DeviationRenderer r = new DeviationRenderer(true, true);
        r.setAlpha(ALPHA);
        Series.styleLooks(r, data.getSeriesCount(), paint, look);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            // the band is filled with the fill paint, which would otherwise come from JFreeChart's default colours
            r.setSeriesFillPaint(i, paint.apply(i));
        }
        return r;
    }
}

package threadsvsprocesses.report.charts;

import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import threadsvsprocesses.report.rows.ResultRow;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The one way a series is drawn, on a run's charts and on a comparison's: points with error bars, joined by the
 * line and marked by the marker of their model ({@link Palette}), moved a little sideways on a log x axis so that
 * coinciding points stay visible.
 */
public final class Series {

    /** Share of the x axis's log span between neighbouring series when points are spread apart. */
    static final double JITTER = 0.009;
    /** The largest distance, in natural-log units of x, between the first and the last series' points. */
    static final double MAX_SPREAD = 0.4;

    private Series() {
    }

    /**
     * One series per model or subject, in drawing order, x and y taken from each row, with error bars of
     * {@code error} (in y's unit, NaN for none). Rows without a y or with x not above zero are left out.
     */
    public static YIntervalSeriesCollection byModel(List<ResultRow> rows, ToDoubleFunction<ResultRow> x,
                                                    ToDoubleFunction<ResultRow> y, ToDoubleFunction<ResultRow> error) {
        Map<String, List<ResultRow>> grouped = rows.stream()
                .collect(Collectors.groupingBy(ResultRow::seriesName, TreeMap::new, Collectors.toList()));
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        grouped.keySet().stream().sorted(Comparator.comparingInt(Palette::order).thenComparing(m -> m))
                .forEach(model -> {
                    YIntervalSeries s = new YIntervalSeries(model);
                    for (ResultRow r : grouped.get(model)) {
                        add(s, x.applyAsDouble(r), y.applyAsDouble(r), error.applyAsDouble(r));
                    }
                    if (s.getItemCount() > 0) {
                        data.addSeries(s);
                    }
                });
        return data;
    }

    /**
     * Adds a point with its error bar (NaN for none) to {@code s}; nothing if y is not a finite number or x is not
     * above zero. The lower end is kept above zero, so the bar fits on a log axis. An infinite error (a rate whose
     * interval of times reaches zero, e.g. messages per second from a time interval that starts at 0) is drawn as a
     * bar of one decade either way, so that the point reads as unbounded, not as exact, and the axis stays finite.
     */
    public static void add(YIntervalSeries s, double x, double y, double error) {
        if (!Double.isFinite(y) || !(x > 0)) {
            return;
        }
        double err = Double.isNaN(error) ? 0 : Math.abs(error);
        double high = Double.isFinite(y + err) ? y + err : y * UNBOUNDED;
        s.add(x, y, Math.max(y - err, y * 0.02), high);
    }

    /** How far above its point an unbounded error bar is drawn (a factor). */
    static final double UNBOUNDED = 10;

    /** A line-and-points renderer with error bars: each series in its model's colour, marker and line. */
    public static XYErrorRenderer renderer(YIntervalSeriesCollection data) {
        return renderer(data, s -> Palette.colour(data.getSeriesKey(s).toString()), s -> data.getSeriesKey(s).toString());
    }

    /**
     * A line-and-points renderer with error bars: series {@code s} in {@code paint.apply(s)}, with the marker and
     * line of model {@code look.apply(s)}.
     */
    public static XYErrorRenderer renderer(YIntervalSeriesCollection data, IntFunction<Paint> paint,
                                           IntFunction<String> look) {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDrawYError(true);
        r.setCapLength(10);
        r.setErrorStroke(new BasicStroke(2f));
        r.setDefaultShapesVisible(true);
        r.setDefaultLinesVisible(true);
        styleLooks(r, data.getSeriesCount(), paint, look);
        r.setErrorPaint(null); // error bars in the series colour
        return r;
    }

    /**
     * The looks every model chart shares: series {@code s} in {@code paint.apply(s)} with the marker and line of
     * model {@code look.apply(s)}, markers with a white rim, and a legend line long enough to show the pattern.
     */
    static void styleLooks(XYLineAndShapeRenderer r, int seriesCount, IntFunction<Paint> paint,
                           IntFunction<String> look) {
        for (int i = 0; i < seriesCount; i++) {
            r.setSeriesPaint(i, paint.apply(i));
            r.setSeriesStroke(i, Palette.stroke(look.apply(i)));
            r.setSeriesShape(i, Palette.shape(look.apply(i)));
            r.setSeriesOutlinePaint(i, Color.WHITE);
        }
        // a thin white rim around each marker keeps overlapping markers apart
        r.setDrawOutlines(true);
        r.setUseOutlinePaint(true);
        r.setDefaultOutlineStroke(new BasicStroke(1.2f));
        // long enough in the legend to show each model's line pattern
        r.setLegendLine(new Line2D.Double(-22, 0, 22, 0));
    }

    /**
     * A copy of {@code data} with each series moved sideways by a small fixed step on a log x axis spanning
     * {@code [axisLo, axisHi]}, centred on the true x, so that coinciding markers and error bars sit side by side
     * instead of on top of each other; the whole spread is capped so points stay close to their x on long axes with
     * many series. Tick values must be taken from the unmoved data.
     */
    public static YIntervalSeriesCollection spread(YIntervalSeriesCollection data, double axisLo, double axisHi) {
        int n = data.getSeriesCount();
        if (n < 2 || !(axisLo > 0) || !(axisHi > axisLo)) {
            return data;
        }
        double step = Math.min(JITTER * Math.log(axisHi / axisLo), MAX_SPREAD / (n - 1));
        YIntervalSeriesCollection moved = new YIntervalSeriesCollection();
        for (int s = 0; s < n; s++) {
            double factor = Math.exp((s - (n - 1) / 2.0) * step);
            YIntervalSeries from = data.getSeries(s);
            YIntervalSeries to = new YIntervalSeries(from.getKey());
            for (int i = 0; i < from.getItemCount(); i++) {
                to.add(from.getX(i).doubleValue() * factor, from.getYValue(i), from.getYLowValue(i),
                        from.getYHighValue(i));
            }
            moved.addSeries(to);
        }
        return moved;
    }

    /** Sets the plot's legend to its series plus one dashed-line entry per extra label. */
    static void legendWithLines(XYPlot plot, Map<String, Paint> extraLines) {
        LegendItemCollection items = new LegendItemCollection();
        LegendItemCollection auto = plot.getRenderer().getLegendItems();
        for (int i = 0; i < auto.getItemCount(); i++) {
            items.add(auto.get(i));
        }
        extraLines.forEach((label, paint) -> items.add(new LegendItem(label, null, null, null,
                new Line2D.Double(-12, 0, 12, 0), ChartStyle.DASHED, paint)));
        plot.setFixedLegendItems(items);
    }

    /** The most frequent value of {@code key} among {@code items} (ties: the numerically larger), if any. */
    public static <T> Optional<String> mostCommon(Collection<T> items, Function<T, String> key) {
        Map<String, Long> counts = new HashMap<>(items.stream().collect(Collectors.groupingBy(key, Collectors.counting())));
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparingDouble(e -> parse(e.getKey())))
                .map(Map.Entry::getKey);
    }

    /** The distinct x values of all series. */
    public static TreeSet<Double> xValues(YIntervalSeriesCollection data) {
        TreeSet<Double> xs = new TreeSet<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                xs.add(data.getXValue(s, i));
            }
        }
        return xs;
    }

    /** Largest upper end (y + error) of all series; 0 if none. */
    public static double maxHigh(YIntervalSeriesCollection data) {
        double max = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                double high = data.getEndYValue(s, i);
                if (Double.isFinite(high)) {
                    max = Math.max(max, high);
                }
            }
        }
        return max;
    }

    /** Smallest lower end (y - error) of all series; +infinity if none. */
    public static double minLow(YIntervalSeriesCollection data) {
        double min = Double.POSITIVE_INFINITY;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                min = Math.min(min, data.getStartYValue(s, i));
            }
        }
        return min;
    }

    /** A number written in a row's text column, NaN if empty or not a number. */
    public static double parse(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException | NullPointerException e) {
            return Double.NaN;
        }
    }
}

package threadsvsprocesses.report.charts;

import threadsvsprocesses.report.rows.ResultRow;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

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
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** Helpers that turn result rows into chart series, one per model, with error bars. */
public final class SeriesData {

    private SeriesData() {
    }

    /**
     * One series per model (in {@link ChartSupport#MODELS} order), x and y taken from each row, with error bars
     * of {@code ResultRow.errorMs()} when {@code withErrors}. Lower ends are kept above zero for log axes.
     */
    static YIntervalSeriesCollection byModel(List<ResultRow> rows, ToDoubleFunction<ResultRow> x,
                                             ToDoubleFunction<ResultRow> y, boolean withErrors) {
        return byModel(rows, x, y, r -> withErrors ? r.errorMs() : Double.NaN);
    }

    /**
     * One series per model or subject, x and y taken from each row, with error bars of {@code error} (in y's unit,
     * NaN for none). Lower ends are kept above zero for log axes.
     */
    static YIntervalSeriesCollection byModel(List<ResultRow> rows, ToDoubleFunction<ResultRow> x,
                                             ToDoubleFunction<ResultRow> y, ToDoubleFunction<ResultRow> error) {
        Map<String, List<ResultRow>> grouped = rows.stream()
                .collect(Collectors.groupingBy(ResultRow::model, TreeMap::new, Collectors.toList()));
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        grouped.keySet().stream().sorted(Comparator.comparingInt(ChartSupport::order).thenComparing(m -> m))
                .forEach(model -> {
                    YIntervalSeries s = new YIntervalSeries(model);
                    for (ResultRow r : grouped.get(model)) {
                        double yv = y.applyAsDouble(r);
                        double xv = x.applyAsDouble(r);
                        if (Double.isNaN(yv) || !(xv > 0)) {
                            continue;
                        }
                        double e = error.applyAsDouble(r);
                        double err = Double.isNaN(e) ? 0 : Math.abs(e);
                        s.add(xv, yv, Math.max(yv - err, yv * 0.02), yv + err);
                    }
                    if (s.getItemCount() > 0) {
                        data.addSeries(s);
                    }
                });
        return data;
    }

    /** A line-and-points renderer with error bars, coloured per model. */
    static XYErrorRenderer renderer(YIntervalSeriesCollection data) {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDrawYError(true);
        r.setCapLength(10);
        r.setErrorStroke(new BasicStroke(2f));
        r.setDefaultShapesVisible(true);
        r.setDefaultLinesVisible(true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            Paint p = ChartSupport.colour(data.getSeriesKey(i).toString());
            r.setSeriesPaint(i, p);
            String model = data.getSeriesKey(i).toString();
            r.setSeriesStroke(i, ChartSupport.stroke(model));
            r.setSeriesShape(i, ChartSupport.shape(model));
            r.setSeriesOutlinePaint(i, Color.WHITE);
        }
        // a thin white rim around each marker keeps overlapping markers apart
        r.setDrawOutlines(true);
        r.setUseOutlinePaint(true);
        r.setDefaultOutlineStroke(new BasicStroke(1.2f));
        // long enough in the legend to show each model's line pattern
        r.setLegendLine(new Line2D.Double(-22, 0, 22, 0));
        r.setErrorPaint(null); // error bars in the series colour
        return r;
    }

    /** Share of the x axis's log span between neighbouring series when points are spread apart. */
    static final double JITTER = 0.009;

    /**
     * A copy of {@code data} with each series moved sideways by a small fixed step on a log x axis spanning
     * {@code [axisLo, axisHi]}, centred on the true x, so that coinciding markers and error bars sit side by side
     * instead of on top of each other. Tick values must be taken from the unmoved data.
     */
    static YIntervalSeriesCollection spread(YIntervalSeriesCollection data, double axisLo, double axisHi) {
        int n = data.getSeriesCount();
        if (n < 2 || !(axisLo > 0) || !(axisHi > axisLo)) {
            return data;
        }
        double span = Math.log(axisHi / axisLo);
        YIntervalSeriesCollection moved = new YIntervalSeriesCollection();
        for (int s = 0; s < n; s++) {
            double factor = Math.exp((s - (n - 1) / 2.0) * JITTER * span);
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
        extraLines.forEach((label, paint) -> {
            LegendItem item = new LegendItem(label, null, null, null, new Line2D.Double(-12, 0, 12, 0),
                    ChartSupport.DASHED, paint);
            items.add(item);
        });
        plot.setFixedLegendItems(items);
    }

    /** The most frequent value of {@code key} among rows (ties: the numerically larger), if any. */
    static Optional<String> mostCommon(Collection<ResultRow> rows, Function<ResultRow, String> key) {
        Map<String, Long> counts = new HashMap<>(rows.stream()
                .collect(Collectors.groupingBy(key, Collectors.counting())));
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparingDouble(e -> parse(e.getKey())))
                .map(Map.Entry::getKey);
    }

    /** The distinct positive x values of all series. */
    static TreeSet<Double> xValues(YIntervalSeriesCollection data) {
        TreeSet<Double> xs = new TreeSet<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                xs.add(data.getXValue(s, i));
            }
        }
        return xs;
    }

    /** Largest upper end (y + error) of all series; 0 if none. */
    static double maxHigh(YIntervalSeriesCollection data) {
        double max = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                max = Math.max(max, data.getEndYValue(s, i));
            }
        }
        return max;
    }

    /** Smallest lower end (y - error) of all series; +infinity if none. */
    static double minLow(YIntervalSeriesCollection data) {
        double min = Double.POSITIVE_INFINITY;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                min = Math.min(min, data.getStartYValue(s, i));
            }
        }
        return min;
    }

    public static double parse(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException | NullPointerException e) {
            return Double.NaN;
        }
    }
}

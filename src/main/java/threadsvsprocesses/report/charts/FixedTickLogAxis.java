package threadsvsprocesses.report.charts;

import org.jfree.chart.axis.AxisState;
import threadsvsprocesses.report.format.Figures;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.DoubleFunction;

/**
 * A logarithmic axis whose ticks sit exactly at the given values (the measured worker or task levels), labelled
 * as plain integers, instead of at powers of the base.
 */
public final class FixedTickLogAxis extends LogAxis {

    private static final long serialVersionUID = 1L;

    private final TreeSet<Double> values;
    private final transient DoubleFunction<String> format;

    /**
     * @param values ticks, all positive
     * @param extent further values the range must show (e.g. the core count), may be empty
     */
    public FixedTickLogAxis(String label, double base, SortedSet<Double> values, SortedSet<Double> extent) {
        this(label, base, values, extent, Figures::count);
    }

    /**
     * @param values ticks, all positive
     * @param extent further values the range must show, may be empty
     * @param format the label of a tick, e.g. a duration with its unit
     */
    public FixedTickLogAxis(String label, double base, SortedSet<Double> values, SortedSet<Double> extent,
                            DoubleFunction<String> format) {
        super(label);
        this.format = format;
        setBase(base);
        this.values = new TreeSet<>(values);
        setMinorTickMarksVisible(false);
        TreeSet<Double> all = new TreeSet<>(values);
        all.addAll(extent);
        if (!all.isEmpty()) {
            double lo = all.first();
            double hi = all.last();
            // a little room either side, in log space
            double pad = Math.max(Math.log(hi / lo) * 0.06, Math.log(base) * 0.15);
            setRange(Math.exp(Math.log(lo) - pad), Math.exp(Math.log(hi) + pad));
        }
    }

    @Override
    public List<NumberTick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        boolean vertical = RectangleEdge.isLeftOrRight(edge);
        List<NumberTick> ticks = new ArrayList<>();
        for (double v : values) {
            if (getRange().contains(v)) {
                ticks.add(new NumberTick(v, format.apply(v),
                        vertical ? TextAnchor.CENTER_RIGHT : TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0.0));
            }
        }
        return ticks;
    }

    /** 1, 2, 5 times powers of ten between lo and hi (at least lo and hi themselves if none fall between). */
    public static TreeSet<Double> oneTwoFive(double lo, double hi) {
        TreeSet<Double> ticks = new TreeSet<>();
        // an infinite end would make the exponent loop run to Integer.MAX_VALUE (a hang, not an error)
        if (!(lo > 0) || !(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            return ticks;
        }
        for (int e = (int) Math.floor(Math.log10(lo)); e <= (int) Math.ceil(Math.log10(hi)); e++) {
            for (double m : hi / lo > 1e4 ? new double[] {1} : new double[] {1, 2, 5}) {
                double v = m * Math.pow(10, e);
                if (v >= lo && v <= hi) {
                    ticks.add(e < 0 ? Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", v)) : v);
                }
            }
        }
        return ticks;
    }
}

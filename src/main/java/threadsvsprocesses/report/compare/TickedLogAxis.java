package threadsvsprocesses.report.compare;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A logarithmic axis with ticks exactly at given values (measured levels such as 0.5, 1, 2 workers per core),
 * labelled as plain numbers, with a little room either side. Same idea as the per-run charts' axis.
 */
final class TickedLogAxis extends LogAxis {

    private static final long serialVersionUID = 1L;

    private final TreeSet<Double> ticks;

    TickedLogAxis(String label, double base, SortedSet<Double> ticks) {
        super(label);
        setBase(base);
        this.ticks = new TreeSet<>(ticks);
        setMinorTickMarksVisible(false);
        if (!ticks.isEmpty()) {
            double lo = ticks.first();
            double hi = ticks.last();
            double pad = Math.max(Math.log(hi / lo) * 0.06, Math.log(base) * 0.15);
            setRange(Math.exp(Math.log(lo) - pad), Math.exp(Math.log(hi) + pad));
        }
    }

    @Override
    public List<NumberTick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        boolean vertical = RectangleEdge.isLeftOrRight(edge);
        List<NumberTick> out = new ArrayList<>();
        for (double v : ticks) {
            if (getRange().contains(v)) {
                out.add(new NumberTick(v, label(v), vertical ? TextAnchor.CENTER_RIGHT : TextAnchor.TOP_CENTER,
                        TextAnchor.CENTER, 0.0));
            }
        }
        return out;
    }

    /** A tick label: whole numbers with thousands separators, others with up to 3 significant digits. */
    static String label(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v)
                : new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** 1, 2 and 5 times the powers of ten from lo to hi: ticks for a time axis. */
    static TreeSet<Double> oneTwoFive(double lo, double hi) {
        TreeSet<Double> out = new TreeSet<>();
        if (!(lo > 0) || !(hi > lo)) {
            return out;
        }
        for (int e = (int) Math.floor(Math.log10(lo)); e <= (int) Math.ceil(Math.log10(hi)); e++) {
            for (double m : new double[] {1, 2, 5}) {
                double v = Double.parseDouble(String.format(Locale.ROOT, "%.6g", m * Math.pow(10, e)));
                if (v >= lo && v <= hi) {
                    out.add(v);
                }
            }
        }
        return out;
    }
}

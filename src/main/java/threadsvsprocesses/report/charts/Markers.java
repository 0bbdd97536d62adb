package threadsvsprocesses.report.charts;

import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

import java.awt.BasicStroke;
import java.awt.Paint;

/** Reference lines drawn across a plot: the core count, the single-thread time, an ideal, a bound. */
public final class Markers {

    private Markers() {
    }

    /** A vertical dotted line at the core count, labelled "N cores". */
    public static void cores(XYPlot plot, int cores) {
        if (cores > 0) {
            cores(plot, cores, cores + " cores");
        }
    }

    /** A vertical dotted line where the workers equal the cores, at {@code x}, labelled {@code label}. */
    public static void cores(XYPlot plot, double x, String label) {
        ValueMarker m = new ValueMarker(x, ChartStyle.REFERENCE, new BasicStroke(2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {3f, 5f}, 0f));
        label(m, label, ChartStyle.REFERENCE, RectangleAnchor.TOP_LEFT, TextAnchor.TOP_RIGHT, new RectangleInsets(8, 6, 8, 6));
        plot.addDomainMarker(m);
    }

    /** A dashed horizontal reference line with a label at its right end, above or below the line. */
    public static void horizontal(XYPlot plot, double y, String label, Paint paint, boolean labelBelow) {
        ValueMarker m = new ValueMarker(y, paint, ChartStyle.DASHED);
        label(m, label, paint, labelBelow ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.TOP_RIGHT,
                labelBelow ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT, new RectangleInsets(4, 8, 4, 8));
        plot.addRangeMarker(m);
    }

    /** A dashed line across the range axis at {@code value} (on a horizontal plot: upright), labelled at its top. */
    public static void bound(XYPlot plot, double value, String label) {
        ValueMarker m = new ValueMarker(value, ChartStyle.REFERENCE, ChartStyle.DASHED);
        label(m, label, ChartStyle.REFERENCE, RectangleAnchor.TOP_LEFT, TextAnchor.TOP_RIGHT, new RectangleInsets(8, 6, 8, 6));
        plot.addRangeMarker(m);
    }

    private static void label(ValueMarker m, String label, Paint paint, RectangleAnchor anchor, TextAnchor text,
                              RectangleInsets offset) {
        m.setLabel(label);
        m.setLabelBackgroundColor(ChartStyle.LABEL_BACKGROUND);
        m.setLabelFont(ChartStyle.MARKER);
        m.setLabelPaint(paint);
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(text);
        m.setLabelOffset(offset);
    }
}

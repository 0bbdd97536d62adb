package threadsvsprocesses.report.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.List;

/** What every chart looks like, the run's and the comparison's alike: fonts readable at 1200x800, plot and legend. */
public final class ChartStyle {

    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 26);
    public static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    public static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    public static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    public static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    public static final Font MARKER = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    /** Labels written beside points. */
    public static final Font VALUE_LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    /** Reference lines (ideal, single-thread): thin, grey, short dashes, so they do not look like a series. */
    public static final Stroke DASHED = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {7f, 5f}, 0f);
    public static final Color REFERENCE = new Color(0x55, 0x55, 0x55);
    public static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 230);

    private ChartStyle() {
    }

    /** The common look of a plot: white background, light grid, axis fonts, series drawn in order. */
    public static void stylePlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        // later models (dashed, dotted) on top of earlier ones (solid), so the gaps show what lies beneath
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        for (ValueAxis axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            axis.setLabelFont(AXIS_LABEL);
            axis.setTickLabelFont(TICK);
        }
    }

    /** Applies the common look to a chart: white background, title font, {@code subtitle}, plot and legend at the bottom. */
    public static void style(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE);
        chart.addSubtitle(new TextTitle(subtitle, SUBTITLE));
        stylePlot(chart.getXYPlot());
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            styleLegend(legend, new RectangleInsets(2, 4, 2, 22));
        }
        chart.setPadding(new RectangleInsets(10, 10, 10, 24));
    }

    /** A legend at the bottom, without a frame, in the legend font. */
    public static void styleLegend(LegendTitle legend, RectangleInsets itemPadding) {
        legend.setItemFont(LEGEND);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemLabelPadding(itemPadding);
    }
}

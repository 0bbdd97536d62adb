package threadsvsprocesses.report.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeriesCollection;
import threadsvsprocesses.run.MachineInfo;

import java.awt.Color;
import java.awt.Paint;
import java.util.Map;
import java.util.function.DoubleFunction;

/** What the charts of a run share beyond series and axes: the chart around a plot, and labels beside points. */
final class ChartParts {

    private ChartParts() {
    }

    /** A chart around {@code plot} in the common style, with a legend of its series and {@code lines} if asked. */
    static JFreeChart chart(String title, XYPlot plot, MachineInfo machine, Map<String, Paint> lines, boolean legend) {
        if (legend) {
            Series.legendWithLines(plot, lines);
        }
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, legend);
        ChartStyle.style(chart, subtitle(machine));
        return chart;
    }

    /** The subtitle of a run's charts: the machine and the run. */
    static String subtitle(MachineInfo machine) {
        return machine.describe() + "  \u00b7  run " + machine.runId();
    }

    /** Writes {@code text} just right of (or above) a point, in {@code paint}, on a white background. */
    static void label(XYPlot plot, double x, double y, String text, Paint paint) {
        XYTextAnnotation a = new XYTextAnnotation("  " + text, x, y);
        a.setFont(ChartStyle.VALUE_LABEL);
        a.setPaint(paint);
        a.setBackgroundPaint(new Color(255, 255, 255, 220));
        a.setTextAnchor(TextAnchor.CENTER_LEFT);
        plot.addAnnotation(a);
    }

    /** Labels every point of {@code data} with its value, beside the upper end of its error bar. */
    static void labelPoints(XYPlot plot, YIntervalSeriesCollection data, DoubleFunction<String> format) {
        for (int s = 0; s < data.getSeriesCount(); s++) {
            Paint paint = Palette.colour(data.getSeriesKey(s).toString());
            for (int i = 0; i < data.getItemCount(s); i++) {
                label(plot, data.getXValue(s, i), data.getEndYValue(s, i), format.apply(data.getYValue(s, i)), paint);
            }
        }
    }
}

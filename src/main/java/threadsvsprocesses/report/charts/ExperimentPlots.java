package threadsvsprocesses.report.charts;

import threadsvsprocesses.report.rows.JmhResult;
import threadsvsprocesses.report.rows.ResultRow;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeriesCollection;
import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.run.MachineInfo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.DoubleFunction;

/**
 * What the experiments' charts share: their measured rows, log axes labelled in units a reader knows (µs and ms,
 * KiB and MiB, thousands and millions), an axis of named categories, and labels beside points.
 */
public final class ExperimentPlots {

    static final Font VALUE_LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 16);

    private ExperimentPlots() {
    }

    /** The measured primary rows of an experiment. */
    static List<ResultRow> measured(List<ResultRow> rows, Experiment experiment) {
        return rows.stream().filter(r -> r.measured() && r.workload().equals(experiment.label())).toList();
    }

    /** A secondary metric of a measured primary row, or null if JMH gave none (or NaN). */
    static JmhResult.Metric secondary(ResultRow primary, String name) {
        JmhResult.Metric m = primary.result() == null ? null : primary.result().secondary().get(name);
        return m == null || Double.isNaN(m.score()) ? null : m;
    }

    /** A log axis of durations given in milliseconds, ticks at 1, 2, 5 times powers of ten, labelled "20 µs", "5 ms". */
    static FixedTickLogAxis durationAxis(String label, double loMs, double hiMs) {
        return logAxis(label, loMs, hiMs, ExperimentPlots::duration);
    }

    /** A log axis of plain quantities, ticks at 1, 2, 5 times powers of ten, labelled "500", "20k", "1M". */
    static FixedTickLogAxis countAxis(String label, double lo, double hi) {
        return logAxis(label, lo, hi, ExperimentPlots::count);
    }

    /** A log axis of bytes from the power of 4 below {@code lo} to the one above {@code hi}, ticks at each power of 4. */
    static FixedTickLogAxis bytesAxis(String label, double lo, double hi) {
        TreeSet<Double> ticks = new TreeSet<>();
        double v = 1;
        while (v * 4 <= lo) {
            v *= 4;
        }
        double low = v;
        for (; v < hi * 4; v *= 4) {
            ticks.add(v);
        }
        return new FixedTickLogAxis(label, 10, ticks, new TreeSet<>(List.of(low, ticks.last())),
                ExperimentPlots::bytes);
    }

    /** A log axis of message or buffer sizes at exactly the measured values, labelled "8 B", "64 KiB". */
    static FixedTickLogAxis sizeAxis(String label, TreeSet<Double> sizes) {
        return new FixedTickLogAxis(label, 2, sizes, new TreeSet<>(), ExperimentPlots::bytes);
    }

    private static FixedTickLogAxis logAxis(String label, double lo, double hi, DoubleFunction<String> format) {
        // from the 1-2-5 step at or below the smallest value (with a little room) to the one at or above the largest
        double low = stepBelow(lo / 1.15, hi / lo > 1e4);
        double high = 1 / stepBelow(1 / (hi * 1.15), hi / lo > 1e4);
        return new FixedTickLogAxis(label, 10, FixedTickLogAxis.oneTwoFive(low, high), new TreeSet<>(List.of(low, high)),
                format);
    }

    /** The largest 1, 2 or 5 times a power of ten (only powers of ten if {@code decades}) at or below v. */
    static double stepBelow(double v, boolean decades) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        if (decades) {
            return p;
        }
        return v >= 5 * p ? 5 * p : v >= 2 * p ? 2 * p : p;
    }

    /**
     * An axis of named categories at x = 1, 2, ...: the first at the top when the plot is horizontal.
     */
    static SymbolAxis categoryAxis(String label, List<String> names) {
        List<String> symbols = new ArrayList<>();
        symbols.add("");
        symbols.addAll(names);
        SymbolAxis axis = new SymbolAxis(label, symbols.toArray(String[]::new));
        axis.setRange(0.4, names.size() + 0.6);
        axis.setGridBandsVisible(false);
        axis.setInverted(true);
        return axis;
    }

    /** Writes {@code text} just right of (or above) a point, in {@code paint}, on a white background. */
    static void label(XYPlot plot, double x, double y, String text, Paint paint) {
        XYTextAnnotation a = new XYTextAnnotation("  " + text, x, y);
        a.setFont(VALUE_LABEL);
        a.setPaint(paint);
        a.setBackgroundPaint(new Color(255, 255, 255, 220));
        a.setTextAnchor(TextAnchor.CENTER_LEFT);
        plot.addAnnotation(a);
    }

    /** Labels every point of {@code data} with its value, beside the upper end of its error bar. */
    static void labelPoints(XYPlot plot, YIntervalSeriesCollection data, DoubleFunction<String> format) {
        for (int s = 0; s < data.getSeriesCount(); s++) {
            Paint paint = ChartSupport.colour(data.getSeriesKey(s).toString());
            for (int i = 0; i < data.getItemCount(s); i++) {
                label(plot, data.getXValue(s, i), data.getEndYValue(s, i), format.apply(data.getYValue(s, i)), paint);
            }
        }
    }

    /** A chart around {@code plot} in the common style, with a legend of its series and {@code lines}. */
    static JFreeChart chart(String title, XYPlot plot, MachineInfo machine, Map<String, Paint> lines, boolean legend) {
        if (legend) {
            SeriesData.legendWithLines(plot, lines);
        }
        JFreeChart chart = new JFreeChart(title, ChartSupport.TITLE, plot, legend);
        ChartSupport.style(chart, machine);
        return chart;
    }

    /** A duration given in milliseconds: "850 ns", "20 µs", "1.5 ms", "2 s". */
    public static String duration(double ms) {
        double a = Math.abs(ms);
        if (a == 0) {
            return "0";
        }
        if (a < 1e-3) {
            return round(ms * 1e6) + " ns";
        }
        if (a < 1) {
            return round(ms * 1e3) + " \u00b5s";
        }
        if (a < 1000) {
            return round(ms) + " ms";
        }
        return round(ms / 1000) + " s";
    }

    /** Bytes: "8 B", "512 B", "1 KiB", "64 KiB", "41.2 MiB". */
    public static String bytes(double b) {
        double a = Math.abs(b);
        if (a >= 1L << 30) {
            return round(b / (1L << 30)) + " GiB";
        }
        if (a >= 1 << 20) {
            return round(b / (1 << 20)) + " MiB";
        }
        if (a >= 1 << 10) {
            return round(b / (1 << 10)) + " KiB";
        }
        return round(b) + " B";
    }

    /** A quantity: "500", "20k", "1.5M", "2G". */
    static String count(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return round(v / 1e9) + "G";
        }
        if (a >= 1e6) {
            return round(v / 1e6) + "M";
        }
        if (a >= 1e4) {
            return round(v / 1e3) + "k";
        }
        return a >= 1000 ? String.format(Locale.ROOT, "%,.0f", v) : round(v);
    }

    /** Three significant digits, plain decimal point. */
    public static String round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        return v == 0 ? "0" : new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}

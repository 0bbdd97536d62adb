package threadsvsprocesses.report.charts;

import org.jfree.chart.axis.SymbolAxis;
import threadsvsprocesses.report.format.Figures;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleFunction;

/**
 * The axes of the charts: logarithmic ones labelled in units a reader knows (µs and ms, KiB and MiB, thousands and
 * millions, from {@link Figures}), and an axis of named categories.
 */
public final class Axes {

    private Axes() {
    }

    /** A log axis of durations given in milliseconds, ticks at 1, 2, 5 times powers of ten, labelled "20 µs", "5 ms". */
    public static FixedTickLogAxis duration(String label, double loMs, double hiMs) {
        return logAxis(label, loMs, hiMs, Figures::duration);
    }

    /** A log axis of plain quantities, ticks at 1, 2, 5 times powers of ten, labelled "500", "20k", "1M". */
    public static FixedTickLogAxis count(String label, double lo, double hi) {
        return logAxis(label, lo, hi, Figures::compact);
    }

    /** A log axis of bytes from the power of 4 below {@code lo} to the one above {@code hi}, ticks at each power of 4. */
    public static FixedTickLogAxis bytes(String label, double lo, double hi) {
        TreeSet<Double> ticks = new TreeSet<>();
        double v = 1;
        while (v * 4 <= lo) {
            v *= 4;
        }
        double low = v;
        for (; v < hi * 4; v *= 4) {
            ticks.add(v);
        }
        return new FixedTickLogAxis(label, 10, ticks, new TreeSet<>(List.of(low, ticks.last())), Figures::bytes);
    }

    /** A log axis of message or buffer sizes at exactly the measured values, labelled "8 B", "64 KiB". */
    public static FixedTickLogAxis sizes(String label, TreeSet<Double> sizes) {
        return new FixedTickLogAxis(label, 2, sizes, new TreeSet<>(), Figures::bytes);
    }

    /** A log axis of workers at the measured levels, its range reaching the core count ({@code cores} &gt; 0). */
    public static FixedTickLogAxis workers(TreeSet<Double> levels, int cores) {
        TreeSet<Double> extent = new TreeSet<>();
        if (cores > 0) {
            extent.add((double) cores);
        }
        return new FixedTickLogAxis("workers (threads or processes), log\u2082 scale", 2, levels, extent);
    }

    private static FixedTickLogAxis logAxis(String label, double lo, double hi, DoubleFunction<String> format) {
        if (!(lo > 0) || !Double.isFinite(lo) || !(hi >= lo) || !Double.isFinite(hi)) {
            // nothing finite to show (no points, or a range that is not a range): a decade, so the axis still draws
            lo = 1;
            hi = 10;
        }
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

    /** An axis of named categories at x = 1, 2, ...: the first at the top when the plot is horizontal. */
    public static SymbolAxis categories(String label, List<String> names) {
        List<String> symbols = new ArrayList<>();
        symbols.add("");
        symbols.addAll(names);
        SymbolAxis axis = new SymbolAxis(label, symbols.toArray(String[]::new));
        axis.setRange(0.4, names.size() + 0.6);
        axis.setGridBandsVisible(false);
        axis.setInverted(true);
        return axis;
    }
}

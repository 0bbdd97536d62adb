package threadsvsprocesses.report.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Every number a person reads, formatted one way wherever it appears: charts, tables, the claims' evidence and the
 * comparison of runs. Three significant digits, a plain decimal point (never a locale's comma), thousands separated
 * by commas, and units that fit the size (ns, µs, ms, s; B, KiB, MiB, GiB). Machine-readable files (the CSVs) do not
 * use this: they keep up to nine digits ({@code ResultsCsv.number}).
 */
public final class Figures {

    /** What a table shows where there is no figure. */
    public static final String DASH = "\u2014";

    private Figures() {
    }

    /** Three significant digits, e.g. 0.0123, 4.56, 1,230; "NaN" or "Infinity" as such. */
    public static String number(double v) {
        return number(v, 3);
    }

    private static String number(double v, int digits) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros();
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%,d", d.longValue()) : d.toPlainString();
    }

    /**
     * A count: whole numbers exactly, with thousands separators (50,000,000; 823,084 for a mean of 823,084.4); below
     * 1,000 a fraction as {@link #number} (2.5).
     */
    public static String count(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return Math.abs(v) >= 1000 || v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : number(v);
    }

    /** A duration given in milliseconds, in the unit that fits: "850 ns", "20.4 µs", "41.2 ms", "1.5 s". */
    public static String duration(double ms) {
        double a = Math.abs(ms);
        if (a == 0) {
            return "0";
        }
        if (a < 1e-3) {
            return number(ms * 1e6) + " ns";
        }
        if (a < 1) {
            return number(ms * 1e3) + " \u00b5s";
        }
        if (a < 1000) {
            return number(ms) + " ms";
        }
        return number(ms / 1000) + " s";
    }

    /** A duration in milliseconds with its interval: "31.6 µs (10 µs to 100 µs)"; the duration alone without one. */
    public static String durationInterval(double ms, double lowMs, double highMs) {
        if (Double.isNaN(lowMs) || Double.isNaN(highMs)) {
            return duration(ms);
        }
        return duration(ms) + " (" + duration(lowMs) + " to " + duration(highMs) + ")";
    }

    /** Bytes, in binary units: "8 B", "512 B", "1 KiB", "64 KiB", "41.2 MiB", "23.4 GiB". */
    public static String bytes(double b) {
        return bytes(b, 3);
    }

    /**
     * Bytes with their error, each in binary units, the error to two significant digits (it is itself uncertain):
     * "27.5 KiB ± 1.1 KiB"; the value alone without an error.
     */
    public static String bytesWithError(double b, double error) {
        return Double.isFinite(error) && error > 0 ? bytes(b) + " \u00b1 " + bytes(error, 2) : bytes(b);
    }

    private static String bytes(double b, int digits) {
        double a = Math.abs(b);
        if (a >= 1L << 30) {
            return number(b / (1L << 30), digits) + " GiB";
        }
        if (a >= 1 << 20) {
            return number(b / (1 << 20), digits) + " MiB";
        }
        if (a >= 1 << 10) {
            return number(b / (1 << 10), digits) + " KiB";
        }
        return number(b, digits) + " B";
    }

    /** A quantity in short form, for axis ticks: "500", "5,000", "20k", "1.5M", "2G". */
    public static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return number(v / 1e9) + "G";
        }
        if (a >= 1e6) {
            return number(v / 1e6) + "M";
        }
        if (a >= 1e4) {
            return number(v / 1e3) + "k";
        }
        return a >= 1000 ? String.format(Locale.ROOT, "%,.0f", v) : number(v);
    }

    /**
     * A ratio or speedup: three significant digits, never fewer than two decimals below 10: "0.617×", "1.83×",
     * "2.00×", "0.031×", "12.3×", "463×".
     */
    public static String ratio(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (v == 0 || Math.abs(v) >= 10) {
            return number(v) + "\u00d7";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros();
        return (d.scale() < 2 ? d.setScale(2) : d).toPlainString() + "\u00d7";
    }

    /** A share as a percentage with {@code decimals} decimals: percent(0.93, 0) is "93%". */
    public static String percent(double share, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f%%", share * 100);
    }

    /** A number with a fixed count of decimals and thousands separators, e.g. decimals(0.5, 2) is "0.50". */
    public static String decimals(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    /** Up to two decimals, trailing zeros dropped: "0.5", "1", "2.25". */
    public static String plain(double v) {
        return new BigDecimal(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /**
     * A value with its error, both at one precision: three significant digits of the value, or the error's second
     * significant digit where that is finer (the error is itself uncertain, so no more). "82.1 ± 0.4",
     * "1,666 ± 14", "0.0412 ± 0.0011"; the value alone where the error is unknown; a dash for no value.
     */
    public static String withError(double value, double error) {
        if (Double.isNaN(value)) {
            return DASH;
        }
        int decimals = Math.max(0, 2 - magnitude(value));
        if (Double.isFinite(error) && error > 0) {
            // the precision of the error once rounded to two digits: 9.9999999 is 10, not 9.9
            decimals = Math.max(decimals, 1 - magnitude(twoDigits(error)));
        }
        decimals = Math.min(decimals, 9);
        String v = decimals(value, decimals);
        return Double.isFinite(error) ? v + " \u00b1 " + decimals(error, decimals) : v;
    }

    /**
     * A score as JMH gives it, with its error and unit: "44.9 ± 4.0 ms/op", "36 ± 4 µs/op", "1,234 ops/s"; JMH's
     * "us" written as "µs".
     */
    public static String score(double value, double error, String unit) {
        String u = unit == null ? "" : unit.replace("us/", "\u00b5s/");
        return withError(value, error) + (u.isEmpty() ? "" : " " + u);
    }

    /** Seconds as a clock: "0:02:21", "1:05:00" (negative as 0). */
    public static String clock(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    /** Seconds in words, rounded to what a person plans by: "45 s", "2 min 20 s", "1 h 5 min". */
    public static String about(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
        }
        long m = Math.round(s / 60.0);
        return m / 60 + " h" + (m % 60 == 0 ? "" : " " + m % 60 + " min");
    }

    /** "1 worker", "4 workers". */
    public static String workers(int n) {
        return n + (n == 1 ? " worker" : " workers");
    }

    /** Physical memory: "23.4 GiB", or "unknown" for a negative count. */
    public static String gibibytes(long bytes) {
        return bytes < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }

    /** {@code v} rounded to two significant digits (for errors, which are themselves uncertain). */
    public static double twoDigits(double v) {
        return !Double.isFinite(v) || v == 0 ? v : new BigDecimal(v).round(new MathContext(2)).doubleValue();
    }

    /** The power of ten of a number's first digit: 0 for 4.2, 2 for 420, -2 for 0.042; 0 for 0. */
    private static int magnitude(double v) {
        double a = Math.abs(v);
        return a > 0 ? (int) Math.floor(Math.log10(a)) : 0;
    }
}

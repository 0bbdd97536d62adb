package threadsvsprocesses.report.claims;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How figures read in the evidence: three significant digits, a plain decimal point, units that fit the size. */
final class Format {

    private Format() {
    }

    /** Three significant digits, e.g. 0.0123, 4.56, 1,230. */
    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros();
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.ROOT, "%,d", d.longValue());
        }
        return d.toPlainString();
    }

    /** {@code v} rounded to two significant digits (for errors, which are themselves uncertain). */
    static double twoDigits(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) || v == 0 ? v
                : new BigDecimal(v).round(new MathContext(2)).doubleValue();
    }

    /** "1 worker", "4 workers". */
    static String workers(int n) {
        return n + (n == 1 ? " worker" : " workers");
    }

    /** A ratio, e.g. "3.42×". */
    static String times(double v) {
        return number(v) + "\u00d7";
    }

    /** A duration given in milliseconds, in µs, ms or s as fits, e.g. "41.2 ms", "85.1 µs". */
    static String duration(double ms) {
        double a = Math.abs(ms);
        if (a != 0 && a < 1) {
            return number(ms * 1000) + " \u00b5s";
        }
        if (a >= 10_000) {
            return number(ms / 1000) + " s";
        }
        return number(ms) + " ms";
    }

    /** A size in bytes, in B, KiB or MiB as fits, e.g. "28.1 KiB". */
    static String bytes(double b) {
        double a = Math.abs(b);
        if (a >= 1 << 20) {
            return number(b / (1 << 20)) + " MiB";
        }
        if (a >= 1 << 10) {
            return number(b / (1 << 10)) + " KiB";
        }
        return number(b) + " B";
    }

    /** A count, e.g. "12,345". */
    static String count(double v) {
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%,.0f", v) : number(v);
    }
}

package threadsvsprocesses.report.rows;

import java.util.Locale;

/** Converts JMH score units to milliseconds per operation. */
public final class Units {

    private Units() {
    }

    /**
     * Milliseconds per operation for a score in {@code unit}: time units ({@code ns/op}, {@code us/op},
     * {@code ms/op}, {@code s/op}, {@code min/op}) scale; throughput units ({@code ops/s} ...) invert.
     * NaN for an unknown unit or a non-positive throughput.
     */
    public static double toMillisPerOp(double score, String unit) {
        if (unit == null || Double.isNaN(score)) {
            return Double.NaN;
        }
        String u = unit.trim().toLowerCase(Locale.ROOT);
        if (u.endsWith("/op")) {
            return score * millis(u.substring(0, u.length() - 3));
        }
        if (u.startsWith("ops/")) {
            double per = millis(u.substring(4));
            return score > 0 ? per / score : Double.NaN;
        }
        return Double.NaN;
    }

    /** Milliseconds in one of JMH's time units; NaN if unknown. */
    static double millis(String timeUnit) {
        return switch (timeUnit) {
            case "ns" -> 1e-6;
            case "us", "\u00b5s", "\u03bcs" -> 1e-3;
            case "ms" -> 1.0;
            case "s" -> 1000.0;
            case "min" -> 60_000.0;
            case "hr", "h" -> 3_600_000.0;
            default -> Double.NaN;
        };
    }
}

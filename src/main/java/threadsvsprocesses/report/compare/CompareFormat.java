package threadsvsprocesses.report.compare;

import java.util.Locale;
import java.util.TreeMap;

/** Number and text formatting shared by report.md and index.html of a comparison, so both agree. */
final class CompareFormat {

    static final String DASH = "\u2014";

    private CompareFormat() {
    }

    /** A value with its error at the same precision, e.g. "82.52 ± 0.43"; a dash for NaN. */
    static String value(double v, double error) {
        if (Double.isNaN(v)) {
            return DASH;
        }
        double a = Math.abs(v);
        // one decimal from 100, two from 1, three significant digits below
        int decimals = a >= 100 ? 1 : a >= 1 ? 2 : Math.min(12, Math.max(2, 2 - (int) Math.floor(Math.log10(a > 0 ? a : 1))));
        String t = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return Double.isNaN(error) ? t : t + " \u00b1 " + String.format(Locale.ROOT, "%." + decimals + "f", error);
    }

    /** A ratio such as "0.54×"; empty for NaN. */
    static String ratio(double r) {
        return Double.isNaN(r) ? "" : String.format(Locale.ROOT, "%.2f\u00d7", r);
    }

    /** A share in percent such as "93%"; empty for NaN. */
    static String percent(double share) {
        return Double.isNaN(share) || Double.isInfinite(share) ? "" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** A plain number with up to two decimals, e.g. "0.5"; empty for NaN. */
    static String plain(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        return new java.math.BigDecimal(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Workers as written: a whole number, or empty. */
    static String workers(RunRow r) {
        return Double.isNaN(r.workers()) ? "" : Long.toString((long) r.workers());
    }

    /** The key's parameters other than model and workers (shown in their own columns), e.g. "count=50000000". */
    static String otherParams(MeasurementKey key) {
        TreeMap<String, String> p = new TreeMap<>();
        if (!key.params().isEmpty()) {
            for (String part : key.params().split(";")) {
                int eq = part.indexOf('=');
                p.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        p.remove("model");
        p.remove("workers");
        StringBuilder s = new StringBuilder();
        p.forEach((k, v) -> s.append(s.isEmpty() ? "" : ", ").append(k).append('=').append(v));
        return s.toString();
    }

    /** What a test found, e.g. "Welch t-test: p = 0.0003"; empty where nothing was compared. */
    static String test(Comparison.Entry e) {
        return e.test() == null ? "" : e.test().test().label + ": " + e.test().detail();
    }

    /** A workload's heading: its name capitalised. */
    static String title(String workload) {
        return workload.isEmpty() ? workload : Character.toUpperCase(workload.charAt(0)) + workload.substring(1);
    }

    /** Memory in GiB, or "unknown". */
    static String memory(long bytes) {
        return bytes < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }
}

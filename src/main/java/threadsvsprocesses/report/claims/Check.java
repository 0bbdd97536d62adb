package threadsvsprocesses.report.claims;

import java.util.function.DoubleFunction;

/**
 * One comparison a rule makes: a figure of the run against a threshold. It passes only if the whole interval lies on
 * the claim's side of the threshold, fails only if the whole interval lies on the other side, and is unsure when
 * the interval straddles the threshold, so that noise never decides a verdict.
 *
 * @param what      what the figure is, e.g. "countdown multi-process at 4 workers: speedup"
 * @param figure    the figure with its interval
 * @param relation  how the figure must relate to the threshold for the claim to hold
 * @param threshold the rule's threshold
 * @param format    formats the figure, its error and the threshold, e.g. {@code v -> "%.2f×"}
 * @param unsure    why the figure cannot decide whatever its interval says (it measures something else on this
 *                  machine), or null: then the check cannot tell, and says why
 */
public record Check(String what, Estimate figure, Relation relation, double threshold, DoubleFunction<String> format,
                    String unsure) {

    /** A check decided by its figure's interval. */
    public Check(String what, Estimate figure, Relation relation, double threshold, DoubleFunction<String> format) {
        this(what, figure, relation, threshold, format, null);
    }

    /** This check, unable to tell because of {@code why}, whatever its figure. */
    public Check unsureBecause(String why) {
        return new Check(what, figure, relation, threshold, format, why);
    }

    /** What the claim needs of the figure. */
    public enum Relation {
        /** {@code figure >= threshold} */
        AT_LEAST("\u2265"),
        /** {@code figure <= threshold} */
        AT_MOST("\u2264"),
        /** {@code figure > threshold} */
        ABOVE(">");

        private final String symbol;

        Relation(String symbol) {
            this.symbol = symbol;
        }
    }

    /** The outcome of one check. */
    public enum Outcome {
        /** The whole interval is on the claim's side. */
        PASS,
        /** The whole interval is on the other side. */
        FAIL,
        /** The interval straddles the threshold. */
        UNSURE
    }

    /** A check that needs {@code figure >= threshold}. */
    public static Check atLeast(String what, Estimate figure, double threshold, DoubleFunction<String> format) {
        return new Check(what, figure, Relation.AT_LEAST, threshold, format);
    }

    /** A check that needs {@code figure <= threshold}. */
    public static Check atMost(String what, Estimate figure, double threshold, DoubleFunction<String> format) {
        return new Check(what, figure, Relation.AT_MOST, threshold, format);
    }

    /** A check that needs {@code figure > threshold}. */
    public static Check above(String what, Estimate figure, double threshold, DoubleFunction<String> format) {
        return new Check(what, figure, Relation.ABOVE, threshold, format);
    }

    /** Relative rounding error of a figure summed from floating-point shares. */
    private static final double ROUNDING = 1e-9;

    /** Whether the check passed, failed or cannot tell. */
    public Outcome outcome() {
        if (unsure != null || Double.isNaN(figure.value())) {
            return Outcome.UNSURE;
        }
        // JMH reports a secondary metric as the sum of per-iteration shares (see benchmarks/IterationMean), so a
        // fraction that is 1 in every iteration can arrive as 0.9999999999999999: compare within rounding.
        double low = snap(figure.low());
        double high = snap(figure.high());
        return switch (relation) {
            case AT_LEAST -> low >= threshold ? Outcome.PASS : high < threshold ? Outcome.FAIL : Outcome.UNSURE;
            case AT_MOST -> high <= threshold ? Outcome.PASS : low > threshold ? Outcome.FAIL : Outcome.UNSURE;
            case ABOVE -> low > threshold ? Outcome.PASS : high <= threshold ? Outcome.FAIL : Outcome.UNSURE;
        };
    }

    /**
     * How clearly the check came out, relative to its threshold: the distance from the threshold to the end of the
     * error bar nearest it, positive on the claim's side (a pass), negative on the other (a failure), 0 when the bar
     * straddles it. The smallest margin among a rule's checks is the one that decided its verdict.
     */
    public double margin() {
        double low = snap(figure.low());
        double high = snap(figure.high());
        double scale = threshold != 0 ? Math.abs(threshold) : Math.max(1, Math.abs(figure.value()));
        double distance = switch (outcome()) {
            case UNSURE -> 0;
            case PASS -> relation == Relation.AT_MOST ? threshold - high : low - threshold;
            case FAIL -> relation == Relation.AT_MOST ? threshold - low : high - threshold;
        };
        return distance / scale;
    }

    /** The threshold itself for a value within rounding of it, else the value. */
    private double snap(double v) {
        return Math.abs(v - threshold) <= ROUNDING * Math.max(1, Math.abs(threshold)) ? threshold : v;
    }

    /**
     * One line of evidence, e.g. "countdown ...: speedup 3.42× (interval 3.30× to 3.55×) (needs ≥ 2.40×): yes". The
     * interval is the suite's 99% interval ({@link Estimate}); an exact figure (a count) shows none.
     */
    public String text() {
        StringBuilder s = new StringBuilder(what).append(' ').append(format.apply(figure.value()));
        if (figure.errorKnown() && !figure.exact()) {
            s.append(" (interval ").append(format.apply(figure.low())).append(" to ").append(format.apply(figure.high()))
                    .append(')');
        } else if (!figure.errorKnown()) {
            s.append(" (no interval: too few samples)");
        }
        if (figure.oneFork()) {
            s.append(" (one fork: its interval does not see the spread between forks)");
        }
        s.append(" (needs ").append(relation.symbol).append(' ').append(format.apply(threshold)).append("): ");
        s.append(switch (outcome()) {
            case PASS -> "yes";
            case FAIL -> "no";
            case UNSURE -> unsure != null ? "cannot tell: " + unsure
                    : "cannot tell, the interval straddles " + format.apply(threshold);
        });
        return s.toString();
    }
}

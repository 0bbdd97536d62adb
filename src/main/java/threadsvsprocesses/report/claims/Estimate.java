package threadsvsprocesses.report.claims;

import threadsvsprocesses.report.rows.Interval;

/**
 * A measured figure and its interval (the suite's 99% interval over the forks' means, {@link Interval}), or a figure
 * derived from such figures. An interval of NaN means none is known (a single sample): the figure is then used as it
 * is, and the evidence says so.
 *
 * @param value    the figure
 * @param lower    the lower end of its interval; NaN where unknown; the value itself for exact figures such as counts
 * @param upper    the upper end; NaN where unknown; may be infinite for a ratio whose divisor's interval reaches zero
 * @param oneFork  true if the interval (or one it was derived from) comes from a single fork's iterations, so it
 *                 does not see the spread between forks and may be too narrow
 */
public record Estimate(double value, double lower, double upper, boolean oneFork) {

    /** A figure with its interval. */
    public Estimate(double value, double lower, double upper) {
        this(value, lower, upper, false);
    }

    /** An exact figure (a count, a fraction of outcomes, a constant). */
    public static Estimate exact(double value) {
        return new Estimate(value, value, value);
    }

    /** A figure with no known interval. */
    public static Estimate unknown(double value) {
        return new Estimate(value, Double.NaN, Double.NaN);
    }

    /** {@code value} with the interval {@code interval} (in the same unit); no interval if it has none. */
    public static Estimate of(double value, Interval interval) {
        return interval.known() ? new Estimate(value, interval.low(), interval.high(),
                interval.basis() == Interval.Basis.ITERATIONS) : unknown(value);
    }

    /** True if the interval is known. */
    public boolean errorKnown() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }

    /** True if the figure is exact: its interval is the value alone. */
    public boolean exact() {
        return errorKnown() && lower == value && upper == value;
    }

    /** The lower end of the interval (the value itself where the interval is unknown). */
    public double low() {
        return errorKnown() ? lower : value;
    }

    /** The upper end of the interval (the value itself where the interval is unknown). */
    public double high() {
        return errorKnown() ? upper : value;
    }

    /**
     * {@code this / other}, its interval from the ends of both: the smallest and largest quotient of an end of this
     * by an end of the other (for positive figures, low / other's high to high / other's low). Each end is a 99%
     * bound, so the ratio's interval is at least as wide as a 99% interval of the ratio: a verdict never rests on a
     * narrower one. A divisor whose interval reaches zero gives an unbounded interval.
     */
    public Estimate over(Estimate other) {
        double ratio = value / other.value;
        boolean single = oneFork || other.oneFork;
        if (!errorKnown() || !other.errorKnown()) {
            return new Estimate(ratio, Double.NaN, Double.NaN, single);
        }
        if (!(other.lower > 0 || other.upper < 0)) {
            return new Estimate(ratio, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, single);
        }
        double[] q = {lower / other.lower, lower / other.upper, upper / other.lower, upper / other.upper};
        double lo = Math.min(Math.min(q[0], q[1]), Math.min(q[2], q[3]));
        double hi = Math.max(Math.max(q[0], q[1]), Math.max(q[2], q[3]));
        return new Estimate(ratio, lo, hi, single);
    }

    /** {@code this * factor} for an exact factor. */
    public Estimate times(double factor) {
        if (!errorKnown()) {
            return new Estimate(value * factor, Double.NaN, Double.NaN, oneFork);
        }
        double a = lower * factor;
        double b = upper * factor;
        return new Estimate(value * factor, Math.min(a, b), Math.max(a, b), oneFork);
    }

    /** {@code this + other}, its interval from the ends of both (the ends added: at least as wide as the sum's). */
    public Estimate plus(Estimate other) {
        boolean single = oneFork || other.oneFork;
        if (!errorKnown() || !other.errorKnown()) {
            return new Estimate(value + other.value, Double.NaN, Double.NaN, single);
        }
        return new Estimate(value + other.value, lower + other.lower, upper + other.upper, single);
    }

    /** Half the interval's width; NaN where it is unknown. */
    public double halfWidth() {
        return errorKnown() ? (upper - lower) / 2 : Double.NaN;
    }
}

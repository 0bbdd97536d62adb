package threadsvsprocesses.report.claims;

/**
 * A measured figure and its error (JMH's 99.9% half-interval), or a figure derived from such figures. An error of NaN
 * means JMH could not give one (fewer than 3 samples): the figure is then used as it is, and the evidence says so.
 *
 * @param value the figure
 * @param error its half-interval, NaN where unknown, 0 for exact figures such as counts
 */
public record Estimate(double value, double error) {

    /** An exact figure (a count, a fraction of outcomes, a constant). */
    public static Estimate exact(double value) {
        return new Estimate(value, 0);
    }

    /** True if the error is known. */
    public boolean errorKnown() {
        return !Double.isNaN(error);
    }

    /** The lower end of the error bar (the value itself where the error is unknown). */
    public double low() {
        return value - (errorKnown() ? Math.abs(error) : 0);
    }

    /** The upper end of the error bar (the value itself where the error is unknown). */
    public double high() {
        return value + (errorKnown() ? Math.abs(error) : 0);
    }

    /**
     * {@code this / other}, its error taken as the sum of both relative errors (a first-order bound that is never
     * smaller than the usual root-sum-of-squares, so a verdict never rests on the narrower of the two).
     */
    public Estimate over(Estimate other) {
        double ratio = value / other.value;
        if (!errorKnown() || !other.errorKnown()) {
            return new Estimate(ratio, Double.NaN);
        }
        double relative = Math.abs(error / value) + Math.abs(other.error / other.value);
        return new Estimate(ratio, Math.abs(ratio) * relative);
    }

    /** {@code this * factor} for an exact factor. */
    public Estimate times(double factor) {
        return new Estimate(value * factor, errorKnown() ? Math.abs(error * factor) : Double.NaN);
    }
}

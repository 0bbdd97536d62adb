package threadsvsprocesses.report.compare;

import org.apache.commons.math3.distribution.TDistribution;

import java.util.Locale;

/**
 * Whether two measurements differ by more than their noise, with forks as the independent repetitions (iterations
 * within one fork share its JIT decisions and its stretch of the host's schedule, so they are not independent). Two
 * tests, the stronger one whenever its inputs exist:
 * <ol>
 *   <li>Welch's t-test (unequal variances) on the forks' means, when both sides have 2 or more forks and the
 *       standard deviation of their means ({@code forks}, {@code fork_stdev}): t = (m1 - m2) / sqrt(s1²/k1 +
 *       s2²/k2), degrees of freedom by Welch–Satterthwaite, two-sided p-value; significant when p &lt;
 *       {@link #ALPHA}.</li>
 *   <li>Otherwise the intervals (the suite's 99% interval, or JMH's 99.9% error for a results.csv of an older
 *       version, or a single fork's iterations): significant only when they do not overlap. This is conservative:
 *       intervals that overlap a little can still hide a real difference.</li>
 *   <li>With neither (e.g. a single sample), nothing is tested and nothing is significant.</li>
 * </ol>
 * Values are in the same unit on both sides; the caller converts first.
 */
final class Significance {

    /** The level below which Welch's p-value counts as significant. */
    static final double ALPHA = 0.01;

    /** Which test decided. */
    enum Test {
        WELCH("Welch t-test on fork means"), INTERVALS("overlap of intervals"), NONE("not tested");

        final String label;

        Test(String label) {
            this.label = label;
        }
    }

    /**
     * The outcome.
     *
     * @param test        the test used
     * @param significant whether the difference is larger than the noise
     * @param pValue      Welch's two-sided p-value; NaN for the other tests
     * @param detail      one phrase for the report, e.g. "p = 0.0003" or "overlap"
     */
    record Result(Test test, boolean significant, double pValue, String detail) {
    }

    /**
     * One side: its mean (the score), the ends of its interval, and the number of forks with the standard deviation of
     * their means.
     */
    record Sample(double mean, double low, double high, int forks, double forkStdev) {

        boolean hasForks() {
            return forks >= 2 && !Double.isNaN(forkStdev);
        }

        boolean hasInterval() {
            return !Double.isNaN(low) && !Double.isNaN(high);
        }
    }

    private Significance() {
    }

    static Result test(Sample a, Sample b) {
        if (a.hasForks() && b.hasForks()) {
            return welch(a, b);
        }
        if (a.hasInterval() && b.hasInterval()) {
            boolean apart = a.high() < b.low() || b.high() < a.low();
            return new Result(Test.INTERVALS, apart, Double.NaN, apart ? "no overlap" : "overlap");
        }
        boolean any = a.hasInterval() || b.hasInterval();
        return new Result(Test.NONE, false, Double.NaN, "no interval on " + (any ? "one side" : "either side"));
    }

    static Result welch(Sample a, Sample b) {
        double va = a.forkStdev() * a.forkStdev() / a.forks();
        double vb = b.forkStdev() * b.forkStdev() / b.forks();
        double se2 = va + vb;
        double diff = a.mean() - b.mean();
        if (se2 == 0) {
            // no spread on either side: any difference is exact, none is none
            boolean differ = diff != 0;
            return new Result(Test.WELCH, differ, differ ? 0 : 1, "no spread between forks");
        }
        double t = diff / Math.sqrt(se2);
        double df = se2 * se2 / (va * va / (a.forks() - 1) + vb * vb / (b.forks() - 1));
        double p = twoSidedP(t, df);
        return new Result(Test.WELCH, p < ALPHA, p, "p = " + formatP(p));
    }

    /**
     * P(|T| >= |t|) for Student's t with {@code df} degrees of freedom (df > 0, may be fractional as in Welch's
     * test); NaN where there is no such distribution.
     */
    static double twoSidedP(double t, double df) {
        if (!(df > 0) || Double.isNaN(t)) {
            return Double.NaN;
        }
        // no random generator: the distribution is only evaluated, never sampled (as commons-math's own TTest does)
        return 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
    }

    static String formatP(double p) {
        if (p < 0.0001) {
            return "< 0.0001";
        }
        return String.format(Locale.ROOT, p < 0.01 ? "%.4f" : "%.3f", p);
    }
}

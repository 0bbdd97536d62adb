package threadsvsprocesses.report.compare;

import org.apache.commons.math3.distribution.TDistribution;

import java.util.Locale;

/**
 * Whether two measurements differ by more than their noise. Two tests, the stronger one whenever its inputs exist:
 * <ol>
 *   <li>Welch's t-test (unequal variances), when both sides have a sample standard deviation and at least 2
 *       samples: t = (m1 - m2) / sqrt(s1²/n1 + s2²/n2), degrees of freedom by Welch–Satterthwaite, two-sided
 *       p-value; significant when p &lt; {@link #ALPHA}.</li>
 *   <li>Otherwise JMH's 99.9% confidence intervals (score ± score_error): significant only when they do not
 *       overlap. This is conservative: intervals that overlap a little can still hide a real difference.</li>
 *   <li>With neither (e.g. fewer than 3 samples, where JMH gives no error), nothing is tested and nothing is
 *       significant.</li>
 * </ol>
 * Values are in the same unit on both sides; the caller converts first.
 */
final class Significance {

    /** The level below which Welch's p-value counts as significant. */
    static final double ALPHA = 0.01;

    /** Which test decided. */
    enum Test {
        WELCH("Welch t-test"), CONFIDENCE_INTERVALS("99.9% confidence intervals"), NONE("not tested");

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

    /** One side: mean (score), JMH's 99.9% half-width, sample standard deviation and number of samples. */
    record Sample(double mean, double error, double stdev, long n) {

        boolean hasStdev() {
            return !Double.isNaN(stdev) && n >= 2;
        }

        boolean hasError() {
            return !Double.isNaN(error);
        }
    }

    private Significance() {
    }

    static Result test(Sample a, Sample b) {
        if (a.hasStdev() && b.hasStdev()) {
            return welch(a, b);
        }
        if (a.hasError() && b.hasError()) {
            boolean apart = a.mean() + a.error() < b.mean() - b.error() || b.mean() + b.error() < a.mean() - a.error();
            return new Result(Test.CONFIDENCE_INTERVALS, apart, Double.NaN,
                    apart ? "no overlap" : "overlap");
        }
        boolean any = a.hasError() || a.hasStdev() || b.hasError() || b.hasStdev();
        return new Result(Test.NONE, false, Double.NaN, "no error estimate on " + (any ? "one side" : "either side"));
    }

    static Result welch(Sample a, Sample b) {
        double va = a.stdev() * a.stdev() / a.n();
        double vb = b.stdev() * b.stdev() / b.n();
        double se2 = va + vb;
        double diff = a.mean() - b.mean();
        if (se2 == 0) {
            // no spread on either side: any difference is exact, none is none
            boolean differ = diff != 0;
            return new Result(Test.WELCH, differ, differ ? 0 : 1, "no spread in the samples");
        }
        double t = diff / Math.sqrt(se2);
        double df = se2 * se2 / (va * va / (a.n() - 1) + vb * vb / (b.n() - 1));
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

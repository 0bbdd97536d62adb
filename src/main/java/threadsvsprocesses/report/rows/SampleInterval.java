package threadsvsprocesses.report.rows;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The error bar of a mean of samples, as JMH computes its own: the 99.9% confidence half-interval of Student's t,
 * {@code t(0.9995, n - 1) * stdev / sqrt(n)}. JMH gives none for the suite's secondary metrics (an
 * {@code @AuxCounters} counter is summed, not averaged, so JMH reports its error as NaN); their raw samples, one per
 * measured iteration, give it here.
 */
final class SampleInterval {

    /** Fewer samples than this give no error bar, as in JMH. */
    static final int MIN_SAMPLES = 3;

    private SampleInterval() {
    }

    /** The 99.9% half-interval of the mean of {@code n} samples of deviation {@code stdev}; NaN below 3 samples. */
    static double halfWidth(double stdev, long n) {
        if (n < MIN_SAMPLES || Double.isNaN(stdev)) {
            return Double.NaN;
        }
        // no random generator: the distribution is only evaluated, never sampled
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.9995);
        return t * stdev / Math.sqrt(n);
    }
}

package threadsvsprocesses.report.rows;

import org.apache.commons.math3.distribution.TDistribution;

import java.util.ArrayList;
import java.util.List;

/**
 * The suite's interval of a score: where the mean of a cell lies, with forks (not iterations) as the independent
 * repetitions. JMH pools the iterations of every fork as if they were independent, but a fork is one JVM with one
 * set of JIT decisions, one heap layout and one stretch of the host's schedule, and its iterations share them: two
 * forks of one cell can differ far more than the iterations within either. So the suite's interval comes from the
 * forks' means:
 * <ul>
 *   <li>{@link Basis#FORKS} (2 forks or more): mean of the fork means ± t × s / √k, with k forks, s the standard
 *       deviation of their means and t Student's quantile at {@link #LEVEL} with k − 1 degrees of freedom. With every
 *       fork measuring the same number of iterations this is exact for normal fork means, whatever the share of the
 *       variation that lies within or between forks. With 2 forks t is 63.7: wide, as it honestly must be.</li>
 *   <li>{@link Basis#ITERATIONS} (one fork of 3 iterations or more): the same over that fork's iterations. The
 *       spread between forks is not seen, so this interval is too narrow whenever forks differ; the report says
 *       so.</li>
 *   <li>{@link Basis#JMH}: a results.csv of an older suite version, which has only JMH's 99.9% error: score ±
 *       score_error.</li>
 *   <li>{@link Basis#NONE}: one fork of fewer than 3 samples (as JMH, which gives no error there), or a value that
 *       is not a number: no interval.</li>
 * </ul>
 *
 * @param low        lower end, in the score's unit; NaN for {@link Basis#NONE}
 * @param high       upper end; NaN for {@link Basis#NONE}
 * @param forks      forks behind the score (0 where unknown: {@link Basis#JMH})
 * @param forkStdev  standard deviation of the fork means, NaN below 2 forks
 * @param forkSpread highest fork mean / lowest (1 = the forks agree), NaN below 2 forks or unless every mean is
 *                   above zero
 * @param basis      how the interval was computed
 */
public record Interval(double low, double high, int forks, double forkStdev, double forkSpread, Basis basis) {

    /** The confidence level of the suite's intervals. */
    public static final double LEVEL = 0.99;

    /** How an interval was computed. */
    public enum Basis {
        /** Student's t over the fork means. */
        FORKS,
        /** Student's t over the iterations of a single fork. */
        ITERATIONS,
        /** JMH's own 99.9% error, from a results.csv without the suite's interval. */
        JMH,
        /** No interval. */
        NONE
    }

    /** No interval ({@code forks} known or 0). */
    public static Interval none(int forks) {
        return new Interval(Double.NaN, Double.NaN, forks, Double.NaN, Double.NaN, Basis.NONE);
    }

    /** JMH's score ± its 99.9% error, for files that have nothing better; none if the error is unknown. */
    public static Interval fromJmh(double score, double scoreError) {
        if (Double.isNaN(score) || Double.isNaN(scoreError)) {
            return none(0);
        }
        double e = Math.abs(scoreError);
        return new Interval(score - e, score + e, 0, Double.NaN, Double.NaN, Basis.JMH);
    }

    /**
     * The interval of the values measured by each fork ({@code rawData}: one list per fork, one value per measured
     * iteration).
     */
    public static Interval ofForks(List<List<Double>> forks) {
        List<List<Double>> measured = forks.stream().filter(f -> !f.isEmpty()).toList();
        if (measured.isEmpty() || measured.stream().flatMap(List::stream).anyMatch(v -> !Double.isFinite(v))) {
            return none(measured.size());
        }
        if (measured.size() == 1) {
            List<Double> values = measured.get(0);
            if (values.size() < 3) {
                return none(1); // as JMH: no error below 3 samples
            }
            double[] ends = tInterval(values);
            return new Interval(ends[0], ends[1], 1, Double.NaN, Double.NaN, Basis.ITERATIONS);
        }
        List<Double> means = new ArrayList<>();
        measured.forEach(f -> means.add(mean(f)));
        double[] ends = tInterval(means);
        double min = means.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = means.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return new Interval(ends[0], ends[1], means.size(), stdev(means), min > 0 ? max / min : Double.NaN,
                Basis.FORKS);
    }

    /** Whether there is an interval. */
    public boolean known() {
        return basis != Basis.NONE && !Double.isNaN(low) && !Double.isNaN(high);
    }

    /** Half the interval's width; NaN without one. */
    public double halfWidth() {
        return known() ? (high - low) / 2 : Double.NaN;
    }

    /** Half the width relative to {@code score} (0.05 = ±5%); NaN without an interval or for a score of 0. */
    public double relativeHalfWidth(double score) {
        return known() && score != 0 ? halfWidth() / Math.abs(score) : Double.NaN;
    }

    /** Whether the interval sees the spread between forks (2 forks or more). */
    public boolean forkAware() {
        return basis == Basis.FORKS;
    }

    /** This interval with both ends multiplied by {@code factor} (a unit conversion or an exact scale). */
    public Interval scaled(double factor) {
        double a = low * factor;
        double b = high * factor;
        return new Interval(Math.min(a, b), Math.max(a, b), forks, Math.abs(forkStdev * factor), forkSpread, basis);
    }

    /** Student's t quantile for the two-sided {@link #LEVEL} with {@code df} degrees of freedom. */
    public static double t(int df) {
        // no random generator: the distribution is only evaluated, never sampled
        return new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
    }

    private static double[] tInterval(List<Double> values) {
        double m = mean(values);
        double half = t(values.size() - 1) * stdev(values) / Math.sqrt(values.size());
        return new double[] {m - half, m + half};
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** Sample standard deviation (n - 1), NaN below two values. */
    static double stdev(List<Double> values) {
        if (values.size() < 2) {
            return Double.NaN;
        }
        double m = mean(values);
        double squares = values.stream().mapToDouble(v -> (v - m) * (v - m)).sum();
        return Math.sqrt(squares / (values.size() - 1));
    }
}

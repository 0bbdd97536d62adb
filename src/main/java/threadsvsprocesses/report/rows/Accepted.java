package threadsvsprocesses.report.rows;

/**
 * The range of every figure the suite reads from a file it did not just write (JMH's JSON of a copied run folder,
 * a results.csv of another machine): zero, or a finite magnitude from {@value #SMALLEST} to {@value #LARGEST}. The
 * suite's own figures lie well inside (a step of 1 ns is 1e-6 ms, ten million messages a second is 1e7, ten
 * thousand child JVMs' memory is 1e12 bytes), and inside the range every ratio of two figures, sum of a few
 * thousand and interval end stays finite, so no axis, speedup or test computed from them overflows: a score of
 * {@code 1e-320} would make a speedup of infinity, one near {@code Double.MAX_VALUE} an axis JFreeChart refuses.
 * Errors and standard deviations below the smallest magnitude are floating-point dust and read as 0.
 */
public final class Accepted {

    /** The smallest magnitude accepted above zero. */
    public static final double SMALLEST = 1e-12;
    /** The largest magnitude accepted. */
    public static final double LARGEST = 1e15;
    /** The range in words, for one-line refusals. */
    public static final String RANGE = "0, or a magnitude from 1e-12 to 1e15";

    private Accepted() {
    }

    /** Whether {@code v} is a figure the suite accepts (NaN, "unknown", is handled by the caller). */
    public static boolean figure(double v) {
        double m = Math.abs(v);
        return m == 0 || (m >= SMALLEST && m <= LARGEST);
    }
}

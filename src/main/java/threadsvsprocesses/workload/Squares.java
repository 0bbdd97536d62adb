package threadsvsprocesses.workload;

/**
 * The tutorials' square-numbers loop (seeds 000 and 001: {@code for i in range(n): i * i}), summed so the work
 * is used: the sum of {@code i * i} over a range of i.
 *
 * <p>C2 does not fold this loop into a closed form (measured: linear, 0.3-0.5 ns per term). The sum wraps around
 * {@code long} above about 3 million terms; wrapping addition is associative, so any split of the range over
 * workers gives the same checksum, equal to {@code BigInteger} n(n-1)(2n-1)/6 reduced to a long.
 */
public final class Squares {

    private Squares() {
    }

    /** The sum of {@code i * i} for i in {@code [from, to)}, wrapping on overflow. */
    public static long sumOfSquares(long from, long to) {
        long sum = 0;
        for (long i = from; i < to; i++) {
            sum += i * i;
        }
        return sum;
    }
}

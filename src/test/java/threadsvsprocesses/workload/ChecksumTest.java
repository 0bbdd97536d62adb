package threadsvsprocesses.workload;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The workloads compute what they claim, and any split of their range gives the same checksum. */
class ChecksumTest {

    @Test
    void squaresMatchTheClosedFormReducedToALong() {
        for (long n : new long[] {1, 2, 10, 1_000, 5_000_000}) {
            assertEquals(squaresReference(n), Squares.sumOfSquares(0, n), "sum of squares below " + n);
        }
    }

    /** n(n-1)(2n-1)/6, the sum of i * i for i below n, computed exactly and reduced to a long. */
    static long squaresReference(long n) {
        BigInteger big = BigInteger.valueOf(n);
        return big.multiply(big.subtract(BigInteger.ONE))
                .multiply(big.shiftLeft(1).subtract(BigInteger.ONE)).divide(BigInteger.valueOf(6)).longValue();
    }

    @Test
    void countdownMatchesAnIndependentXorshiftReference() {
        assertEquals(countdownReference(3), Countdown.countBlocks(0, 3));
        assertNotEquals(Countdown.countBlocks(0, 3), Countdown.countBlocks(1, 4), "blocks differ from each other");
    }

    /** The countdown's checksum over blocks {@code [0, blocks)}, written out independently of {@link Countdown}. */
    static long countdownReference(long blocks) {
        long expected = 0;
        for (long block = 0; block < blocks; block++) {
            long z = block + 0x9E3779B97F4A7C15L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            long x = z ^ (z >>> 31);
            for (int step = 0; step < Countdown.STEPS_PER_BLOCK; step++) {
                x ^= x << 13;
                x ^= x >>> 7;
                x ^= x << 17;
            }
            expected += x;
        }
        return expected;
    }

    @Test
    void countdownCountMustBeWholeBlocks() {
        assertEquals(5_000, Countdown.blocksFor(50_000_000));
        assertThrows(IllegalArgumentException.class, () -> Countdown.blocksFor(12_345));
        assertThrows(IllegalArgumentException.class, () -> Countdown.blocksFor(0));
    }

    @Test
    void sleepTasksComputeTheSeedsRaiseTo() throws InterruptedException {
        // task 0: sum of x**2 for x in 1..7; task 1: sum of x**3 for x in 2..8
        assertEquals(140, SleepTasks.raiseTo(0));
        assertEquals(1295, SleepTasks.raiseTo(1));
        assertEquals(140 + 1295, SleepTasks.runTasks(0, 2, 1));
    }

    @Test
    void anySplitGivesTheSameChecksum() throws InterruptedException {
        Random random = new Random(7);
        for (Workload w : new Workload[] {Workload.COUNTDOWN, Workload.SQUARES, Workload.SLEEP}) {
            long units = w == Workload.SLEEP ? 6 : 200;
            long whole = w.run(0, units, 0);
            for (int trial = 0; trial < 5; trial++) {
                long cut1 = random.nextLong(units + 1);
                long cut2 = cut1 + random.nextLong(units - cut1 + 1);
                long parts = w.run(0, cut1, 0) + w.run(cut1, cut2, 0) + w.run(cut2, units, 0);
                assertEquals(whole, parts, w + " split at " + cut1 + " and " + cut2);
            }
        }
    }
}

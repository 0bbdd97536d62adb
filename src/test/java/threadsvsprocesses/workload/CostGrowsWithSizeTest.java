package threadsvsprocesses.workload;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Proves the CPU workloads cannot be folded, skipped or hoisted by the JIT: once warm, ten times the work costs
 * about ten times the CPU time. A deleted loop (the naive countdown) would give a ratio near 1. This checks how
 * cost scales, not how fast anything is.
 *
 * <p>Robust on a shared machine: it measures this thread's CPU time, not wall time (time spent descheduled does
 * not count), takes the best of several tries (interference only ever adds cost), and accepts a wide band around
 * 10x. Every result is consumed and checked against the workload's checksum computed independently, so no run can
 * have been skipped.
 */
class CostGrowsWithSizeTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int WARM_UPS = 10;
    private static final int TRIES = 7;

    /** The wrapping sum of every checksum the workload returned, and what it must be. */
    private long consumed;
    private long expected;
    private int runs;

    @ParameterizedTest
    @EnumSource(value = Workload.class, names = {"COUNTDOWN", "SQUARES"})
    void tenTimesTheWorkCostsAboutTenTimesTheCpuTime(Workload workload) throws InterruptedException {
        assumeTrue(THREADS.isCurrentThreadCpuTimeSupported(), "this JVM cannot measure a thread's CPU time");
        if (!THREADS.isThreadCpuTimeEnabled()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
        long n = workload == Workload.COUNTDOWN ? 1_000 : 20_000_000;
        long small = reference(workload, n);
        long large = reference(workload, 10 * n);
        for (int i = 0; i < WARM_UPS; i++) {
            bestCpuNanos(workload, n, 1, small);
            bestCpuNanos(workload, 10 * n, 1, large);
        }
        long smallCost = bestCpuNanos(workload, n, TRIES, small);
        long largeCost = bestCpuNanos(workload, 10 * n, TRIES, large);
        double ratio = (double) largeCost / smallCost;
        assertTrue(ratio >= 4 && ratio <= 25, workload + ": 10x the units cost " + ratio + "x the CPU time ("
                + largeCost + " ns against " + smallCost + " ns, best of " + TRIES + "); expected 4-25x");
        assertEquals(2 * (WARM_UPS + TRIES), runs, "every run was measured");
        assertEquals(expected, consumed, workload + ": every run returned the independently computed checksum");
    }

    /** The least CPU time of {@code tries} runs of units {@code [0, units)}; each run's checksum is consumed. */
    private long bestCpuNanos(Workload workload, long units, int tries, long checksum) throws InterruptedException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < tries; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            long result = workload.run(0, units, 0);
            long spent = THREADS.getCurrentThreadCpuTime() - start;
            consumed += result;
            expected += checksum;
            runs++;
            best = Math.min(best, spent);
        }
        return Math.max(best, 1);
    }

    private static long reference(Workload workload, long units) {
        return workload == Workload.COUNTDOWN ? ChecksumTest.countdownReference(units) : ChecksumTest.squaresReference(units);
    }
}

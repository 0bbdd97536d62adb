package threadsvsprocesses.workload;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proves the CPU workloads cannot be folded, skipped or hoisted by the JIT: once warm, ten times the work takes
 * about ten times as long. A deleted loop (the naive countdown) would give a ratio near 1. This checks how cost
 * scales, not how fast anything is.
 */
class CostGrowsWithSizeTest {

    private static long sink;

    @ParameterizedTest
    @EnumSource(value = Workload.class, names = {"COUNTDOWN", "SQUARES"})
    void tenTimesTheWorkTakesAboutTenTimesAsLong(Workload workload) throws InterruptedException {
        long n = workload == Workload.COUNTDOWN ? 1_000 : 20_000_000;
        for (int i = 0; i < 20; i++) {
            bestNanos(workload, n, 1);
            bestNanos(workload, 10 * n, 1);
        }
        double ratio = (double) bestNanos(workload, 10 * n, 5) / bestNanos(workload, n, 5);
        assertTrue(ratio > 6 && ratio < 14, workload + ": 10x the units took " + ratio + "x as long; expected 6-14x");
        assertTrue(sink != 42, "results were consumed");
    }

    private static long bestNanos(Workload workload, long units, int tries) throws InterruptedException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < tries; i++) {
            long start = System.nanoTime();
            sink += workload.run(0, units, 0);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}

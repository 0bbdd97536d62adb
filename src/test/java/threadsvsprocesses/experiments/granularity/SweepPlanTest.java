package threadsvsprocesses.experiments.granularity;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sweep's task counts and the sizes a model per task cannot run sensibly, with their reasons. */
class SweepPlanTest {

    /** The skip reason at 1,000 steps a task and 100,000,000 in all, under the given profile caps. */
    private static Optional<String> skip(SweepModel model, int tasks, int maxChildJvms, int maxPlatformThreads) {
        return SweepPlan.skipReason(model, tasks, 1_000, 100_000_000, maxChildJvms, maxPlatformThreads);
    }

    /** The skip reason for {@code tasks} of 50,000,000 steps, 100,000,000 in all. */
    private static Optional<String> skipLarge(SweepModel model, int tasks) {
        return SweepPlan.skipReason(model, tasks, 50_000_000, 100_000_000, 100, 10_000);
    }

    @Test
    void tasksCutTheTotalIntoAMultipleOfTheCoresWithinTheCaps() {
        assertEquals(10, SweepPlan.tasks(10_000_000, 100_000_000, 2));
        assertEquals(12, SweepPlan.tasks(10_000_000, 100_000_000, 3), "10 rounded up to a multiple of 3");
        assertEquals(4, SweepPlan.tasks(50_000_000, 100_000_000, 2), "at least 2 tasks per core");
        assertEquals(SweepPlan.MAX_TASKS, SweepPlan.tasks(500, 100_000_000, 2), "at most MAX_TASKS");
        assertEquals(19_998, SweepPlan.tasks(500, 100_000_000, 3), "the cap, down to a multiple of the cores");
    }

    @Test
    void aChildJvmPerTaskIsSkippedBeyondTheCapsWithTheReason() {
        int jvms = SweepPlan.tasks(1_000_000, 100_000_000, 2);
        assertEquals(100, jvms);
        String reason = skip(SweepModel.MULTI_PROCESS, jvms, 100, 10_000).orElseThrow();
        assertTrue(reason.contains("100 JVMs per operation") && reason.contains("cap of " + SweepPlan.MAX_CHILD_JVMS),
                reason);
        assertTrue(skip(SweepModel.MULTI_PROCESS, 10, 100, 10_000).isEmpty());
        assertTrue(skip(SweepModel.MULTI_PROCESS, 20, 10, 10_000).orElseThrow().contains("cap of 10"),
                "the profile's lower cap wins");
    }

    @Test
    void aSizeWhoseOperationOutgrowsTheCapIsSkippedForEveryModel() {
        int tasks = SweepPlan.tasks(50_000_000, 100_000_000, 256);
        assertEquals(512, tasks, "2 tasks per core");
        for (SweepModel model : SweepModel.values()) {
            String reason = skipLarge(model, tasks).orElseThrow();
            assertTrue(reason.contains("512 tasks of 50000000 steps") && reason.contains("cap of 2 billion steps"),
                    reason);
        }
        assertTrue(skipLarge(SweepModel.SINGLE_THREAD, 4).isEmpty(), "2 cores");
        assertTrue(skipLarge(SweepModel.SINGLE_THREAD, 40).isEmpty(), "exactly the cap");
        assertTrue(skipLarge(SweepModel.SINGLE_THREAD, 41).isPresent());
        assertTrue(SweepPlan.skipReason(SweepModel.SINGLE_THREAD, 512, 50_000_000, 30_000_000_000L, 100, 10_000)
                .isEmpty(), "a user's larger totalSteps raises the cap to it");
    }

    @Test
    void aPlatformThreadPerTaskIsSkippedBeyondTheCaps() {
        String reason = skip(SweepModel.MULTI_THREAD, 10_000, 100, 10_000).orElseThrow();
        assertTrue(reason.contains("10000 threads") && reason.contains("cap of " + SweepPlan.MAX_PLATFORM_THREADS),
                reason);
        assertTrue(skip(SweepModel.MULTI_THREAD, SweepPlan.MAX_PLATFORM_THREADS, 100, 10_000).isEmpty());
        assertTrue(skip(SweepModel.MULTI_THREAD, 1_000, 100, 500).orElseThrow().contains("cap of 500"),
                "the profile's lower cap wins");
        assertTrue(skip(SweepModel.PROCESS_POOL_PER_TASK, 20_000, 100, 10_000).isEmpty(),
                "the pools run any count");
    }
}

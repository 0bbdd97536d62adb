package threadsvsprocesses.experiments.granularity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sweep's task counts and the sizes a model per task cannot run sensibly, with their reasons. */
class SweepPlanTest {

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
        String reason = SweepPlan.skipReason(SweepModel.MULTI_PROCESS, jvms, 100, 10_000).orElseThrow();
        assertTrue(reason.contains("100 JVMs per operation") && reason.contains("cap of " + SweepPlan.MAX_CHILD_JVMS),
                reason);
        assertTrue(SweepPlan.skipReason(SweepModel.MULTI_PROCESS, 10, 100, 10_000).isEmpty());
        assertTrue(SweepPlan.skipReason(SweepModel.MULTI_PROCESS, 20, 10, 10_000).orElseThrow().contains("cap of 10"),
                "the profile's lower cap wins");
    }

    @Test
    void aPlatformThreadPerTaskIsSkippedBeyondTheProfilesCap() {
        String reason = SweepPlan.skipReason(SweepModel.MULTI_THREAD, 20_000, 100, 10_000).orElseThrow();
        assertTrue(reason.contains("20000 threads") && reason.contains("10000"), reason);
        assertTrue(SweepPlan.skipReason(SweepModel.MULTI_THREAD, 10_000, 100, 10_000).isEmpty());
        assertTrue(SweepPlan.skipReason(SweepModel.PROCESS_POOL_PER_TASK, 20_000, 100, 10_000).isEmpty(),
                "the pools run any count");
    }
}

package threadsvsprocesses.run;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.CommandLineOptions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A machine of many cores gets no run of many hours by surprise: the planner, given the core count, keeps worker
 * levels to six, child JVMs and the counter's work capped, and the standard profile's estimate within half an hour
 * on 2, 16, 64 and 256 cores (the core counts are simulated; -XX:ActiveProcessorCount shows the same at run time).
 */
class BigMachinesTest {

    static final List<Integer> CORES = List.of(2, 16, 64, 256);
    /** "standard stays within about 30 minutes whatever the core count". */
    static final double HALF_AN_HOUR = 30 * 60;

    @Test
    void atMostSixWorkerLevelsAlwaysWithOneTheCoresAndTwiceThem() {
        assertEquals(List.of(1, 2, 4), Profile.STANDARD.workerLevels(2));
        assertEquals(List.of(1, 2, 4, 8, 16, 32), Profile.STANDARD.workerLevels(16));
        assertEquals(List.of(1, 2, 8, 32, 64, 128), Profile.STANDARD.workerLevels(64));
        assertEquals(List.of(1, 2, 16, 128, 256, 512), Profile.STANDARD.workerLevels(256));
        assertEquals(List.of(1, 2, 8, 16, 32, 64), Profile.FULL.workerLevels(32));
        assertEquals(List.of(1, 256), Profile.QUICK.workerLevels(256));
        for (int cores = 1; cores <= 1024; cores++) {
            List<Integer> levels = Profile.STANDARD.workerLevels(cores);
            assertTrue(levels.size() <= WorkerLevels.MAX_LEVELS, cores + ": " + levels);
            assertTrue(levels.contains(1) && levels.contains(cores) && levels.contains(2 * cores), cores + ": " + levels);
        }
    }

    @Test
    void theStandardProfileStaysWithinHalfAnHourOnAnyOfTheseMachines() throws Exception {
        for (int cores : CORES) {
            List<PlannedCell> cells = estimated(Profile.STANDARD, cores);
            double seconds = CostEstimate.runSeconds(cells);
            assertTrue(seconds > 10 * 60 && seconds <= HALF_AN_HOUR, cores + " cores: " + seconds + " s");
            for (PlannedCell c : cells) {
                if (c.status() == PlannedCell.Status.PLANNED) {
                    assertTrue(CellPlanner.childJvmsAtOnce(c) <= Profile.STANDARD.maxChildJvms, c.toString());
                    assertTrue(CostEstimate.estimateOf(c) < 3 * 60, "no cell of minutes: " + c);
                }
            }
        }
        double quick = CostEstimate.runSeconds(estimated(Profile.QUICK, 256));
        assertTrue(quick <= 5 * 60, "quick on 256 cores: " + quick + " s");
    }

    @Test
    void theCounterRunsOnlyTheLevelsWhoseWorkFitsAnOperation() throws Exception {
        List<PlannedCell> counter = CellPlannerTest.plan(Profile.STANDARD, 64, "SharedCounterBenchmark");
        for (PlannedCell c : counter) {
            long work = Long.parseLong(c.params().get("workers")) * Long.parseLong(c.params().get("increments"));
            assertEquals(work > WorkerLevels.MAX_COUNTER_INCREMENTS, c.status() == PlannedCell.Status.SKIPPED, c.toString());
        }
        PlannedCell big = counter.stream().filter(c -> c.params().get("workers").equals("128")
                && c.params().get("counter").equals("synchronized")).findFirst().orElseThrow();
        assertEquals("128 workers x 1,000,000 increments = 128,000,000 per operation on one counter; the standard profile"
                + " allows 16,000,000 (a contended counter takes seconds per operation beyond that)", big.reason());
        assertFalse(CellPlannerTest.plan(Profile.STANDARD, 2, "SharedCounterBenchmark").stream()
                .anyMatch(c -> c.status() == PlannedCell.Status.SKIPPED), "2 cores: nothing changes");
    }

    /** The plan of a whole profile on {@code cores}, each cell with its estimate. */
    static List<PlannedCell> estimated(Profile profile, int cores) throws Exception {
        List<PlannedCell> cells = CellPlannerTest.plan(profile, cores);
        List<PlannedCell> estimated = new CostEstimate(profile, new CommandLineOptions(), cores).estimated(cells);
        estimated.forEach(c -> assertNotNull(c.seconds().estimated(), c.toString()));
        return estimated;
    }
}

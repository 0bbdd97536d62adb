package threadsvsprocesses.execution;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import threadsvsprocesses.workload.Workload;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every execution model, with real threads and real child JVMs, computes the same checksum as the single-thread
 * baseline, for every workload and worker count: the models differ in how, never in what.
 */
class ExecutionModelChecksumTest {

    @ParameterizedTest
    @EnumSource(ExecutionModel.class)
    void sameChecksumAsSingleThread(ExecutionModel model) throws Exception {
        for (Workload workload : Workload.values()) {
            long units = workload == Workload.SLEEP ? 5 : workload.units(workload == Workload.COUNTDOWN ? 300_000 : 1_000_000);
            long perUnit = workload == Workload.SLEEP ? 1 : 0; // a sleep task's 1 ms; 0: the workload's own units
            long expected = workload.run(0, units, perUnit);
            for (int workers : new int[] {1, 2, 3}) {
                List<Job> jobs = Job.split(workload, units, workers, perUnit);
                try (Executor executor = model.create(workers)) {
                    assertEquals(expected, executor.runAll(jobs), model + " " + workload + " on " + workers + " workers");
                    // A second operation on the same executor (the pool's workers are reused) agrees too.
                    assertEquals(expected, executor.runAll(jobs), model + " " + workload + ", second operation");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = ExecutionModel.class, names = {"MULTI_THREAD", "VIRTUAL_THREAD", "MULTI_PROCESS"})
    void onePerTaskGivesTheSameChecksum(ExecutionModel model) throws Exception {
        long expected = Workload.SLEEP.run(0, 8, 1);
        try (Executor executor = model.create(1)) {
            assertEquals(expected, executor.runAll(Job.eachUnit(Workload.SLEEP, 8, 1)));
        }
    }
}

package threadsvsprocesses.experiments.granularity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import threadsvsprocesses.execution.Executor;
import threadsvsprocesses.execution.Job;
import threadsvsprocesses.experiments.NoChildLeft;
import threadsvsprocesses.workload.Countdown;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Every model of the sweep, with real threads, real worker JVMs and a real child JVM per task, gives the checksum of
 * the tasks counted down one after another on the calling thread, at every task size, also below a block.
 */
class SweepChecksumTest {

    private static final long[] SIZES = {1, 500, Countdown.STEPS_PER_BLOCK, 25_000};
    private static final int TASKS = 6;

    @ParameterizedTest
    @EnumSource(SweepModel.class)
    void sameChecksumAsOneThreadAtEverySize(SweepModel model) throws Exception {
        try (Executor executor = model.create(2)) {
            for (long steps : SIZES) {
                List<Job> jobs = SweepTasks.of(TASKS, steps);
                long expected = Countdown.countTasks(0, TASKS, steps);
                assertEquals(expected, executor.runAll(jobs), model + " at " + steps + " steps a task");
                assertEquals(expected, executor.runAll(jobs), model + " at " + steps + ", second operation");
            }
        }
        NoChildLeft.assertNoChildLeft(10_000);
    }

    @ParameterizedTest
    @EnumSource(value = SweepModel.class, names = {"SINGLE_THREAD", "PROCESS_POOL_CHUNKED"})
    void aTaskOfABlocksStepsIsThatBlockAndSizesDiffer(SweepModel model) throws Exception {
        try (Executor executor = model.create(2)) {
            long blocks = executor.runAll(SweepTasks.of(TASKS, Countdown.STEPS_PER_BLOCK));
            assertEquals(Countdown.countBlocks(0, TASKS), blocks, "the countdown workload's own checksum");
            assertNotEquals(blocks, executor.runAll(SweepTasks.of(TASKS, Countdown.STEPS_PER_BLOCK + 1)),
                    "one more step a task changes the checksum: every step is counted");
        }
    }
}

package threadsvsprocesses.experiments.pool;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import threadsvsprocesses.experiments.NoChildLeft;
import threadsvsprocesses.execution.Dispatch;
import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.execution.Executor;
import threadsvsprocesses.execution.Job;
import threadsvsprocesses.execution.PoolWarmup;
import threadsvsprocesses.execution.ProcessPool;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every pool, with real threads and real worker JVMs, maps the same tasks to the same sum as the plain loop. */
class PoolMapTest {

    /** Not a multiple of 2 or 3, so the last round of a pool is uneven. */
    private static final int TASKS = 37;

    @AfterEach
    void noChildProcessIsLeft() throws InterruptedException {
        NoChildLeft.assertNoChildLeft(5_000);
    }

    static Stream<Arguments> poolsWorkersAndSizes() {
        return Stream.of(PoolKind.values()).flatMap(pool -> Stream.of(1, 2, 3)
                .flatMap(w -> Stream.of(0L, 1_000L).map(units -> Arguments.of(pool, w, units))));
    }

    @ParameterizedTest(name = "{0} with {1} workers, {2} units per task")
    @MethodSource("poolsWorkersAndSizes")
    void everyPoolGivesTheSingleThreadSum(PoolKind pool, int workers, long taskUnits) throws Exception {
        List<Job> tasks = SquareTasks.of(TASKS, taskUnits);
        long expected;
        try (Executor loop = PoolKind.SINGLE_THREAD.create(1)) {
            expected = loop.runAll(tasks);
        }
        assertEquals(sumOfSquaresBelow(TASKS * taskUnits), expected, "the loop's own sum");
        try (Executor executor = pool.create(workers)) {
            // Twice: a warm pool must give the same answer on its next operation.
            assertEquals(expected, executor.runAll(tasks));
            assertEquals(expected, executor.runAll(tasks));
        }
    }

    @Test
    void moreUnitsPerTaskMeanMoreWork() throws Exception {
        long previousSum = -1;
        for (long units : new long[] {0, 10, 100, 1_000}) {
            List<Job> tasks = SquareTasks.of(TASKS, units);
            assertEquals(TASKS, tasks.size());
            assertEquals(TASKS * units, tasks.stream().mapToLong(j -> j.to() - j.from()).sum(), "terms summed");
            for (int i = 0; i < TASKS; i++) {
                assertEquals(i * units, tasks.get(i).from(), "task " + i + " starts where the previous ended");
            }
            try (Executor loop = PoolKind.SINGLE_THREAD.create(1)) {
                long sum = loop.runAll(tasks);
                assertEquals(sumOfSquaresBelow(TASKS * units), sum);
                assertTrue(sum > previousSum, units + " units per task summed to " + sum + ", fewer gave " + previousSum);
                previousSum = sum;
            }
        }
    }

    @Test
    void emptyTasksAreDispatchedAndSumToZero() throws Exception {
        try (Executor pool = PoolKind.PROCESS_POOL_CHUNKED.create(2)) {
            assertEquals(0, pool.runAll(SquareTasks.of(TASKS, 0)));
        }
    }

    @Test
    void chunksAreCutAsCpythonsPoolMapCutsThem() {
        assertEquals(125, Dispatch.chunkSize(1000, 2), "ceil(1000 / (4 x 2))");
        assertEquals(63, Dispatch.chunkSize(1000, 4));
        assertEquals(1, Dispatch.chunkSize(3, 2), "fewer tasks than 4 x workers: one a message");
        assertEquals(8, PoolKind.PROCESS_POOL_CHUNKED.messages(1000, 2));
        assertEquals(16, PoolKind.THREAD_POOL_CHUNKED.messages(1000, 4), "15 of 63 and one of 55");
        assertEquals(1000, PoolKind.PROCESS_POOL_PER_TASK.messages(1000, 2));
        List<List<Job>> chunks = Dispatch.CHUNKED.split(SquareTasks.of(TASKS, 10), 2);
        assertEquals(List.of(5, 5, 5, 5, 5, 5, 5, 2), chunks.stream().map(List::size).toList(), "ceil(37 / 8) = 5");
        assertEquals(SquareTasks.of(TASKS, 10), chunks.stream().flatMap(List::stream).toList(), "every task once, in order");
    }

    @Test
    void theWarmUpRunsThousandsOfTasksThroughEveryWorkerJvm() throws Exception {
        List<Job> tasks = SquareTasks.of(1000, 0);
        try (ProcessPool pool = ProcessPool.start(2, Dispatch.CHUNKED)) {
            int operations = PoolWarmup.run(pool, tasks, 2);
            assertTrue(operations >= PoolWarmup.MIN_OPERATIONS, operations + " operations");
            // 8 chunks of 125 dealt round-robin: each worker JVM ran 500 tasks per operation, by its own count
            assertEquals(List.of(500L * operations, 500L * operations), pool.jobsRunPerWorker());
            assertTrue(500L * operations >= PoolWarmup.JOBS_PER_WORKER || operations > PoolWarmup.MIN_OPERATIONS,
                    "enough operations for " + PoolWarmup.JOBS_PER_WORKER + " tasks each, unless out of time");
        }
    }

    @Test
    void badInputIsRejectedWithWhatIsAccepted() {
        assertEquals("unknown pool 'fork-join'; accepted: single-thread, thread-pool-chunked, thread-pool-per-task,"
                        + " virtual-thread, process-pool-chunked, process-pool-per-task",
                assertThrows(IllegalArgumentException.class, () -> PoolKind.byLabel("fork-join")).getMessage());
        assertEquals("tasks must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> SquareTasks.of(0, 10)).getMessage());
        assertEquals("taskUnits must be 0 (an empty task) or positive, got -1",
                assertThrows(IllegalArgumentException.class, () -> SquareTasks.of(10, -1)).getMessage());
        assertThrows(ArithmeticException.class, () -> SquareTasks.of(1000, Long.MAX_VALUE / 10));
        assertThrows(IllegalArgumentException.class, () -> PoolKind.THREAD_POOL_CHUNKED.create(0));
        assertThrows(IllegalArgumentException.class, () -> ExecutionModel.MULTI_THREAD.create(2, Dispatch.CHUNKED),
                "only the process pool has messages to chunk");
    }

    /** n(n-1)(2n-1)/6, the sum of i*i for i below n, reduced to a long as the wrapping sum is. */
    private static long sumOfSquaresBelow(long n) {
        BigInteger b = BigInteger.valueOf(n);
        return b.multiply(b.subtract(BigInteger.ONE)).multiply(b.shiftLeft(1).subtract(BigInteger.ONE))
                .divide(BigInteger.valueOf(6)).longValue();
    }
}

package threadsvsprocesses.benchmarks;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import threadsvsprocesses.experiments.NoChildLeft;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The benchmark's lostUpdates metric is the counter's real loss: driven as JMH drives it (setup, rounds within an
 * iteration, teardown), with one measured iteration so the reported figure is the iteration's mean per round.
 */
class SharedCounterBenchmarkTest {

    @AfterEach
    void noChildProcessIsLeft() throws InterruptedException {
        NoChildLeft.assertNoChildLeft(5_000);
    }

    @Test
    void unsynchronizedLostUpdatesIsTheMeanOfWhatTheFinalValuesMiss() throws Exception {
        SharedCounterBenchmark bench = benchmark("unsynchronized", 2, 100_000);
        SharedCounterBenchmark.LostUpdates lost = new SharedCounterBenchmark.LostUpdates();
        lost.startIteration();
        try {
            long first = bench.counter(lost);
            long second = bench.counter(lost);
            double expected = ((2 * 100_000 - first) + (2 * 100_000 - second)) / 2.0;
            assertEquals(expected, lost.lostUpdates, 0.0);
        } finally {
            bench.stopWorkers();
        }
    }

    @Test
    void privateProcessesReportEveryIncrementLost() throws Exception {
        SharedCounterBenchmark bench = benchmark("process-private", 2, 10_000);
        SharedCounterBenchmark.LostUpdates lost = new SharedCounterBenchmark.LostUpdates();
        lost.startIteration();
        try {
            assertEquals(0, bench.counter(lost));
            assertEquals(20_000.0, lost.lostUpdates, 0.0);
        } finally {
            bench.stopWorkers();
        }
    }

    @Test
    void anUnknownCounterOrBadIncrementsFailsTheSetupPlainly() {
        assertEquals("unknown counter 'racy'; accepted: unsynchronized, volatile, synchronized, atomic, adder, "
                + "process-private, process-mapped", assertThrows(IllegalArgumentException.class, () -> benchmark("racy", 1, 1)).getMessage());
        assertEquals("increments must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> benchmark("atomic", 1, 0)).getMessage());
    }

    private static SharedCounterBenchmark benchmark(String counter, int workers, long increments) throws Exception {
        SharedCounterBenchmark bench = new SharedCounterBenchmark();
        bench.counter = counter;
        bench.workers = workers;
        bench.increments = increments;
        bench.startWorkers();
        return bench;
    }
}

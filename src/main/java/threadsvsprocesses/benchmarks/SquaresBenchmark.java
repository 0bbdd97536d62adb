package threadsvsprocesses.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import threadsvsprocesses.workload.Squares;
import threadsvsprocesses.workload.Workload;

/**
 * Seeds 000 and 001's square-numbers loop: the sum of {@code i * i} for i below {@code count}, split over
 * {@code workers} threads or processes.
 *
 * <p>Measures: milliseconds for the whole sum. Expect: about 0.3-0.5 ns per term on one thread, near-linear
 * speedup with threads up to the core count, and process start-up weighing more than for the countdown because
 * each term is cheaper. The sum is returned so JMH consumes it; see {@link Squares} for why it is not folded.
 */
public class SquaresBenchmark extends CpuBoundBenchmark {

    /** Terms in the sum. */
    @Param("200000000")
    public long count;

    @Override
    protected Workload workload() {
        return Workload.SQUARES;
    }

    @Override
    protected long size() {
        return count;
    }

    @Benchmark
    public long squares() throws Exception {
        return runJobs();
    }
}

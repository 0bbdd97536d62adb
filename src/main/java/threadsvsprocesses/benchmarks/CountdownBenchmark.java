package threadsvsprocesses.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import threadsvsprocesses.workload.Countdown;
import threadsvsprocesses.workload.Workload;

/**
 * Seed 003's countdown of {@code count} steps, split over {@code workers} threads or processes.
 *
 * <p>Measures: milliseconds to count down {@code count} steps in all. Expect on the JVM: single-thread about
 * 1.6 ns per step; multi-thread and virtual-thread near-linear speedup up to the core count (there is no GIL),
 * the same for both kinds of thread; multi-process the same speedup less about 30-60 ms of JVM start-up per
 * operation; process-pool close to the threads once its workers are warm. Beyond the core count nothing gets
 * faster.
 *
 * <p>The pitfall this avoids: a naive {@code while (n > 0) n--;} is deleted by the JIT in a warm JVM and really
 * run in a cold child JVM; see {@link Countdown} for the xorshift step that keeps every decrement honest. The
 * checksum is returned, so JMH consumes it and nothing is dead code.
 */
public class CountdownBenchmark extends CpuBoundBenchmark {

    /** Countdown steps in all (the seed's COUNT is 50,000,000); a multiple of 10,000. */
    @Param("50000000")
    public long count;

    @Override
    protected Workload workload() {
        return Workload.COUNTDOWN;
    }

    @Override
    protected long size() {
        return count;
    }

    @Benchmark
    public long countdown() throws Exception {
        return runJobs();
    }
}

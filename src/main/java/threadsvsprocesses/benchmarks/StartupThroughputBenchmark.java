package threadsvsprocesses.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import threadsvsprocesses.execution.ParentWatch;
import threadsvsprocesses.experiments.startup.ThreadKind;
import threadsvsprocesses.experiments.startup.ThreadStarter;

import java.util.concurrent.TimeUnit;

/**
 * Claim C4 seen from the other side: what starting a thread costs when many are started at once, as a server or
 * a pool starts them, rather than one at a time ({@link StartupBenchmark}).
 *
 * <p>Measures: microseconds per thread when {@value #STARTS} platform or virtual threads are started one after the
 * other, each computing a value from a fresh seed, and then all joined. The score is per thread
 * ({@code @OperationsPerInvocation}).
 *
 * <p>Expect: well below the one-at-a-time figure. Starting one thread and joining it costs the creation plus two
 * cross-CPU wake-ups (the new thread is woken on another core; the joiner sleeps in join() and is woken when it
 * ends), tens of microseconds on a VM; started in a batch, the wake-ups overlap and the creation remains: a few
 * microseconds for a platform thread (an OS thread and its stack), well under one for a virtual thread (an object
 * on the heap, run by the carrier threads).
 *
 * <p>The sum of the threads' values goes to JMH, so no thread's work can be dropped.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class StartupThroughputBenchmark {

    /** Threads started, then joined, per operation. */
    public static final int STARTS = ThreadKind.BATCH;

    /** What one operation starts: platform-thread or virtual-thread. */
    @Param({"platform-thread", "virtual-thread"})
    public String starter;

    private ThreadStarter subject;

    @Setup(Level.Trial)
    public void setUp() {
        // A fork whose host JVM was killed stops at once.
        ParentWatch.installIfParentIsOurs();
        subject = ThreadKind.byLabel(starter).create();
    }

    /** {@value #STARTS} threads started, then all joined; the score is per thread. */
    @Benchmark
    @OperationsPerInvocation(STARTS)
    public long startupThroughput() throws Exception {
        return subject.startAllThenJoin(STARTS);
    }
}

package threadsvsprocesses.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import threadsvsprocesses.execution.ParentWatch;
import threadsvsprocesses.experiments.startup.Starter;

import java.util.concurrent.TimeUnit;

/**
 * Claim C4, "starting a process is much slower than starting a thread": the latency of starting one thread or
 * process and waiting until it has ended ({@link Starter}).
 *
 * <p>Measures: microseconds per start-and-join of one {@code platform-thread}, one {@code virtual-thread}, one
 * {@code child-jvm} (a main that exits at once, started as the suite starts every child JVM: a slim class path, a
 * class-data archive, Serial GC; see {@code execution.ChildRuntime}), the same main as {@code child-jvm-default}
 * (the plain command: this JVM's whole class path, default flags), {@code java-version} ({@code java -version},
 * the floor of any JVM's start-up) or one {@code native-process} ({@code /bin/true}, the floor of any process
 * start; the cell fails set-up with "unsupported on this machine: /bin/true ..." where it is absent).
 *
 * <p>Expect: a platform thread in tens of microseconds, a virtual thread in a few to tens: one start to its end is
 * its creation plus two cross-CPU wake-ups (the new thread on another core, then the joiner), which on a VM cost
 * tens of microseconds ({@link StartupThroughputBenchmark} measures creation alone). {@code /bin/true} in about a
 * millisecond; {@code java -version} in a few tens of milliseconds; the suite's child JVM a little above it, the
 * default command clearly above (it opens and indexes the whole shaded jar and sets up G1). CPython's fork/spawn
 * figures (2.8 ms / 48 ms) bracket them.
 *
 * <p>Each operation returns a value only the thread or process could produce (the thread's computed value; the
 * process's pid and checked exit code), which JMH consumes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class StartupBenchmark {

    /** What one operation starts: platform-thread, virtual-thread, child-jvm, child-jvm-default, java-version or native-process. */
    @Param({"platform-thread", "virtual-thread", "child-jvm", "child-jvm-default", "java-version", "native-process"})
    public String starter;

    private Starter subject;

    @Setup(Level.Trial)
    public void setUp() {
        // A fork whose host JVM was killed stops at once.
        ParentWatch.installIfParentIsOurs();
        subject = Starter.byLabel(starter);
    }

    @Benchmark
    public long startup() throws Exception {
        return subject.startAndJoin();
    }
}

package threadsvsprocesses.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import threadsvsprocesses.execution.ParentWatch;
import threadsvsprocesses.experiments.memory.Footprint;
import threadsvsprocesses.experiments.memory.HolderKind;
import threadsvsprocesses.experiments.memory.ResidentMemory;

import java.util.concurrent.TimeUnit;

/**
 * Claim C5, "processes have a larger memory footprint; threads are lightweight": resident memory per idle holder.
 *
 * <p>Measures: one operation starts {@code holders} platform threads or virtual threads, each parked at the
 * bottom of a 64-frame stack, or {@code holders} idle child JVMs; reads resident memory while all are alive; and
 * stops them all. The score is the time of that whole operation (ms), including two full collections for threads.
 * The secondary metric {@code rssBytesPerHolder} is the point: for threads, (growth of this JVM's VmRSS + growth
 * of the live heap) / holders, on a fixed, pre-touched heap (see {@link Footprint}); for child JVMs, the mean
 * VmRSS of one child. It is NaN where /proc is absent.
 *
 * <p>Expect: a platform thread tens of KB (touched stack pages plus the JVM's per-thread structures), a virtual
 * thread a few KB (its stack chunk on the heap), a child JVM tens of MB. Starting 10,000 platform threads takes about a second;
 * child JVMs cost about 40 MB each, so 1,000 or more at once exceed most machines (leave those cells out).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
// A fixed heap, resident from the start: VmRSS then moves only with what lies outside the heap, and the live
// heap counts what lies inside it, without overlap (see Footprint). jvmArgs, not jvmArgsAppend, which the
// suite's command line sets and would replace.
@Fork(value = 2, jvmArgs = {"-Xms512m", "-Xmx512m", "-XX:+AlwaysPreTouch"})
public class MemoryBenchmark {

    /** platform-thread, virtual-thread or child-jvm. */
    @Param({"platform-thread", "virtual-thread", "child-jvm"})
    public String holder;

    /** How many holders are alive at once in one operation. */
    @Param({"10", "1000", "10000"})
    public int holders;

    private HolderKind kind;

    @Setup(Level.Trial)
    public void resolve() {
        // A fork whose host JVM was killed stops at once, and takes its child JVMs with it.
        ParentWatch.installIfParentIsOurs();
        kind = HolderKind.byLabel(holder);
        if (holders < 1) {
            throw new IllegalArgumentException("holders must be at least 1, got " + holders);
        }
        if (!ResidentMemory.available()) {
            System.err.println("[threads-vs-processes] memory: /proc/self/status (VmRSS) is absent on "
                    + System.getProperty("os.name") + "; rssBytesPerHolder will be NaN");
        }
    }

    /**
     * One operation: start, measure, stop. The holders' checksum goes back to JMH, which consumes it, so the
     * threads' stacks cannot be optimized away; the memory figure goes to the secondary metric.
     */
    @Benchmark
    public long memory(RssPerHolder metric) throws Exception {
        Footprint footprint = Footprint.measure(kind, holders);
        metric.add(footprint.bytesPerHolder());
        return footprint.checksum();
    }

    /**
     * The secondary metric {@code rssBytesPerHolder}, in bytes: the mean over all measurement iterations of all
     * forks of each iteration's mean figure ({@link IterationMean}).
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class RssPerHolder {

        private final IterationMean mean = new IterationMean();

        @Setup(Level.Trial)
        public void samples(BenchmarkParams params) {
            mean.trial(params);
        }

        @Setup(Level.Iteration)
        public void reset() {
            mean.startIteration();
        }

        void add(double bytesPerHolder) {
            mean.add(bytesPerHolder);
        }

        /** This iteration's mean bytes per holder, scaled so that JMH's sum over the samples is their mean. */
        public double rssBytesPerHolder() {
            return mean.share();
        }
    }
}

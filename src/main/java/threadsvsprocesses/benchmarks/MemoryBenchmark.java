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
import threadsvsprocesses.experiments.memory.ProcessMemory;

import java.util.concurrent.TimeUnit;

/**
 * Claim C5, "processes have a larger memory footprint; threads are lightweight": what one more idle holder costs.
 *
 * <p>Measures: one operation starts {@code holders} platform threads or virtual threads, each parked at the bottom of
 * a 64-frame stack, in a fresh probe JVM of their own, or {@code holders} fresh idle child JVMs; reads memory while
 * all are alive; and stops them all ({@link Footprint}). The score is the time of that whole operation (ms). The
 * secondary metrics are the point, each in bytes per holder, from /proc (NaN where it is absent):
 * {@code rssBytesPerHolder} (resident memory; shared pages counted in full), {@code pssBytesPerHolder} (shared pages
 * divided among the processes mapping them), {@code ussBytesPerHolder} (pages only the holder's process maps: what
 * the machine gets back when the holder goes) and {@code kernelBytesPerHolder} (kernel stacks and page tables). For
 * threads each is the growth of the probe JVM's memory plus its live heap; for child JVMs, the mean of the children.
 *
 * <p>Why single shots, each in a fresh JVM: a JVM that has already started and stopped threads keeps what they freed
 * (glibc's stack cache, malloc's arenas), so in a long-lived JVM the second round of threads would seem nearly free.
 * Every measurement here is the first of its kind in its JVM, so each sample is one operation, and the error bars
 * come from the samples of all measured operations.
 *
 * <p>Expect: a platform thread about 10-30 KiB of its own (touched stack pages, the JVM's and glibc's per-thread
 * structures) plus about 20 KiB in the kernel (its 16 KiB kernel stack, page tables); a virtual thread a few KiB, all
 * of it on the heap, and nothing in the kernel; a child JVM tens of MiB resident, of which a good part is shared
 * (libjvm's code, the class-data archive), so its PSS and USS are lower. Starting 10,000 platform threads takes about
 * a second; child JVMs cost tens of MB each, so 1,000 or more at once exceed most machines (such cells are left out).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(2)
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
        if (!ProcessMemory.available()) {
            System.err.println("[threads-vs-processes] memory: /proc/self/status is absent on "
                    + System.getProperty("os.name") + "; the memory figures will be NaN");
        }
    }

    /**
     * One operation: start, measure, stop. The holders' checksum goes back to JMH, which consumes it, so the
     * threads' stacks cannot be optimized away; the memory figures go to the secondary metrics.
     */
    @Benchmark
    public long memory(BytesPerHolder metric) throws Exception {
        Footprint footprint = Footprint.measure(kind, holders);
        metric.add(footprint);
        return footprint.checksum();
    }

    /**
     * The secondary metrics, in bytes per holder: each the mean over all measured operations of all forks
     * ({@link IterationMean}; one operation per iteration in single-shot mode).
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class BytesPerHolder {

        private final IterationMean rss = new IterationMean();
        private final IterationMean pss = new IterationMean();
        private final IterationMean uss = new IterationMean();
        private final IterationMean kernel = new IterationMean();

        @Setup(Level.Trial)
        public void samples(BenchmarkParams params) {
            for (IterationMean m : new IterationMean[] {rss, pss, uss, kernel}) {
                m.trial(params);
            }
        }

        @Setup(Level.Iteration)
        public void reset() {
            for (IterationMean m : new IterationMean[] {rss, pss, uss, kernel}) {
                m.startIteration();
            }
        }

        void add(Footprint f) {
            rss.add(f.rssBytes());
            pss.add(f.pssBytes());
            uss.add(f.ussBytes());
            kernel.add(f.kernelBytes());
        }

        /** Resident memory per holder, scaled so that JMH's sum over the samples is their mean. */
        public double rssBytesPerHolder() {
            return rss.share();
        }

        /** Proportional set size per holder, scaled likewise. */
        public double pssBytesPerHolder() {
            return pss.share();
        }

        /** Unique set size per holder, scaled likewise. */
        public double ussBytesPerHolder() {
            return uss.share();
        }

        /** Kernel stacks and page tables per holder, scaled likewise. */
        public double kernelBytesPerHolder() {
            return kernel.share();
        }
    }
}

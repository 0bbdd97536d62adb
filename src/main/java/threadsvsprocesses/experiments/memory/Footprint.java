package threadsvsprocesses.experiments.memory;

import threadsvsprocesses.execution.WorkerFailedException;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One memory measurement of {@code holders} idle holders, each figure in bytes per holder, NaN where /proc does not
 * give it (and one line on stderr says so, once per JVM).
 *
 * <p>Threads are measured in a fresh probe JVM ({@link ThreadProbeMain}): the growth of its memory while they are
 * parked, plus the growth of its live heap, divided by their number. Child JVMs are measured as they are, each fresh
 * and idle: the sum of their figures divided by their number. The kernel's part is the growth of the machine's
 * kernel stacks (16 KiB per thread; noisy where other processes start threads meanwhile) plus the page tables of
 * the holders (the probe's growth; the children's own).
 *
 * @param rssBytes          resident memory (shared pages counted in full)
 * @param pssBytes          proportional share (shared pages divided among the processes mapping them)
 * @param ussBytes          unique memory (pages only the holder's process maps): what one more holder costs in RAM
 * @param kernelBytes       kernel stacks and page tables
 * @param aliveWhenMeasured holders alive at the moment of the reading (all of them, or the measurement fails)
 * @param checksum          derived from the holders' work, for the benchmark to consume
 */
public record Footprint(double rssBytes, double pssBytes, double ussBytes, double kernelBytes, int aliveWhenMeasured,
                        long checksum) {

    /** The names of the memory benchmark's secondary metrics, one per figure. */
    public static final String RSS = "rssBytesPerHolder";
    public static final String PSS = "pssBytesPerHolder";
    public static final String USS = "ussBytesPerHolder";
    public static final String KERNEL = "kernelBytesPerHolder";

    private static final AtomicBoolean SAID_NO_PROC = new AtomicBoolean();

    /** Measures {@code holders} fresh holders of {@code kind}; they are all gone when this returns. */
    public static Footprint measure(HolderKind kind, int holders) throws IOException, InterruptedException,
            WorkerFailedException {
        if (holders < 1) {
            throw new IllegalArgumentException("holders must be at least 1, got " + holders);
        }
        Footprint f = kind == HolderKind.CHILD_JVM ? IdleChildJvms.measure(holders)
                : ThreadProbe.measure(kind == HolderKind.VIRTUAL_THREAD, holders);
        if (f.aliveWhenMeasured != holders) {
            throw new IllegalStateException("only " + f.aliveWhenMeasured + " of " + holders + " " + kind.label()
                    + " holders were alive when memory was read");
        }
        return f;
    }

    /** The footprint per holder of {@code total} memory and {@code kernel} bytes held by {@code holders}. */
    static Footprint perHolder(ProcessMemory total, long kernel, int holders, int alive, long checksum) {
        return new Footprint(share(total.rss(), holders), share(total.pss(), holders), share(total.uss(), holders),
                share(kernel, holders), alive, checksum);
    }

    /** A measurement without /proc: every figure NaN. */
    static Footprint unknown(int alive, long checksum) {
        return new Footprint(Double.NaN, Double.NaN, Double.NaN, Double.NaN, alive, checksum);
    }

    private static double share(long bytes, int holders) {
        return bytes == ProcessMemory.UNKNOWN ? Double.NaN : (double) bytes / holders;
    }

    static void sayNoProc(String why) {
        if (SAID_NO_PROC.compareAndSet(false, true)) {
            System.err.println("[threads-vs-processes] memory: " + why + "; the memory figures are NaN");
        }
    }
}

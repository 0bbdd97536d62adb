package threadsvsprocesses.experiments.memory;

import threadsvsprocesses.execution.ThreadLimitException;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One memory measurement: start {@code holders} holders, read the resident memory while all of them are alive and
 * idle, stop them all.
 *
 * <p>Threads: ((this JVM's VmRSS with the threads parked - VmRSS just before they started) + (live heap with
 * them parked - live heap before)) / holders. VmRSS sees what lies outside the heap (a platform thread's stack
 * pages, the JVM's and the kernel's per-thread structures); the live heap sees what lies inside it (a virtual
 * thread's stack chunk, every Thread object). For the two not to overlap, and for VmRSS not to move with heap
 * growth and shrinking, the heap must be fixed and resident: the benchmark forks with {@code -Xms} = {@code -Xmx}
 * and {@code -XX:+AlwaysPreTouch}, so every heap byte counted is resident too. Child JVMs: the sum of the
 * children's VmRSS / holders, i.e. the mean RSS of one idle JVM. Where /proc is absent the figure is NaN, and one
 * line on stderr says so (once per JVM).
 *
 * @param bytesPerHolder     resident bytes per holder, or NaN
 * @param aliveWhenMeasured  holders alive at the moment of the reading (all of them, or the measurement fails)
 * @param checksum           derived from the holders' work, for the benchmark to consume
 */
public record Footprint(double bytesPerHolder, int aliveWhenMeasured, long checksum) {

    private static final AtomicBoolean SAID_NO_PROC = new AtomicBoolean();

    /** Measures one set of {@code holders} holders of {@code kind}; they are all gone when this returns. */
    public static Footprint measure(HolderKind kind, int holders) throws IOException, InterruptedException, ThreadLimitException {
        boolean threads = kind != HolderKind.CHILD_JVM;
        long heapBefore = threads ? liveHeapBytes() : 0;
        long before = ResidentMemory.ofSelf();
        long resident;
        long heapGrowth = 0;
        int alive;
        Holders started = Holders.start(kind, holders);
        try {
            resident = started.residentBytes();
            if (threads) {
                heapGrowth = liveHeapBytes() - heapBefore;
            }
            alive = started.aliveCount();
        } finally {
            started.close();
        }
        if (alive != holders) {
            throw new IllegalStateException("only " + alive + " of " + holders + " " + kind.label()
                    + " holders were alive when memory was read");
        }
        if (resident == ResidentMemory.UNKNOWN || (threads && before == ResidentMemory.UNKNOWN)) {
            sayNoProc();
            return new Footprint(Double.NaN, alive, started.checksum());
        }
        long bytes = threads ? resident - before + heapGrowth : resident;
        return new Footprint((double) bytes / holders, alive, started.checksum());
    }

    /**
     * Bytes of live objects on the heap, after a full collection. A parked virtual thread keeps its frames in a
     * stack chunk on the heap, in pages the heap may have touched long ago, so VmRSS alone would not see them.
     */
    private static long liveHeapBytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void sayNoProc() {
        if (SAID_NO_PROC.compareAndSet(false, true)) {
            System.err.println("[threads-vs-processes] memory: /proc/<pid>/status (VmRSS) is absent on "
                    + System.getProperty("os.name") + "; rssBytesPerHolder is NaN");
        }
    }
}

package threadsvsprocesses.experiments.memory;

import threadsvsprocesses.execution.ThreadLimitException;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One memory measurement: start {@code holders} holders, read the resident memory while all of them are alive and
 * idle, stop them all.
 *
 * <p>Threads: (this JVM's VmRSS with the threads parked - VmRSS just before they started) / holders. Child JVMs:
 * the sum of the children's VmRSS / holders, i.e. the mean RSS of one idle JVM. Where /proc is absent the figure
 * is NaN, and one line on stderr says so (once per JVM).
 *
 * @param bytesPerHolder     resident bytes per holder, or NaN
 * @param aliveWhenMeasured  holders alive at the moment of the reading (all of them, or the measurement fails)
 * @param checksum           derived from the holders' work, for the benchmark to consume
 */
public record Footprint(double bytesPerHolder, int aliveWhenMeasured, long checksum) {

    private static final AtomicBoolean SAID_NO_PROC = new AtomicBoolean();

    /** Measures one set of {@code holders} holders of {@code kind}; they are all gone when this returns. */
    public static Footprint measure(HolderKind kind, int holders) throws IOException, InterruptedException, ThreadLimitException {
        long before = ResidentMemory.ofSelf();
        long during;
        int alive;
        Holders started = Holders.start(kind, holders);
        try {
            during = started.residentBytes();
            alive = started.aliveCount();
            if (started.sharesThisProcess() && before != ResidentMemory.UNKNOWN && during != ResidentMemory.UNKNOWN) {
                during -= before;
            } else if (started.sharesThisProcess()) {
                during = ResidentMemory.UNKNOWN;
            }
        } finally {
            started.close();
        }
        if (alive != holders) {
            throw new IllegalStateException("only " + alive + " of " + holders + " " + kind.label()
                    + " holders were alive when memory was read");
        }
        if (during == ResidentMemory.UNKNOWN) {
            sayNoProc();
            return new Footprint(Double.NaN, alive, started.checksum());
        }
        return new Footprint((double) during / holders, alive, started.checksum());
    }

    private static void sayNoProc() {
        if (SAID_NO_PROC.compareAndSet(false, true)) {
            System.err.println("[threads-vs-processes] memory: /proc/<pid>/status (VmRSS) is absent on "
                    + System.getProperty("os.name") + "; rssBytesPerHolder is NaN");
        }
    }
}

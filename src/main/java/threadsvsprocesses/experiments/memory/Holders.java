package threadsvsprocesses.experiments.memory;

import threadsvsprocesses.execution.ThreadLimitException;

import java.io.IOException;

/**
 * A set of started holders (parked threads or idle child JVMs), alive until {@link #close()}, which stops them
 * all and waits until they are gone.
 */
public interface Holders extends AutoCloseable {

    /** Starts {@code count} holders of {@code kind} and returns once every one of them is up and idle. */
    static Holders start(HolderKind kind, int count) throws IOException, InterruptedException, ThreadLimitException {
        if (count < 1) {
            throw new IllegalArgumentException("holders must be at least 1, got " + count);
        }
        return switch (kind) {
            case PLATFORM_THREAD -> ParkedThreads.start(false, count);
            case VIRTUAL_THREAD -> ParkedThreads.start(true, count);
            case CHILD_JVM -> IdleChildJvms.start(count);
        };
    }

    /** How many holders are alive now. */
    int aliveCount();

    /**
     * The resident memory that holds them now, in bytes: this JVM's VmRSS for threads (the caller subtracts
     * the figure from before they started), the sum of the children's VmRSS for child JVMs;
     * {@link ResidentMemory#UNKNOWN} where /proc is absent.
     */
    long residentBytes();

    /** True when the memory figure is the whole process's, so the caller must subtract a baseline. */
    boolean sharesThisProcess();

    /** Stops every holder and waits until all are gone. */
    @Override
    void close();

    /** A value derived from the holders' work, for the benchmark to consume; valid after {@link #close()}. */
    long checksum();
}

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

    /** Stops every holder and waits until all are gone. */
    @Override
    void close();

    /** A value derived from the holders' work, for the benchmark to consume; valid after {@link #close()}. */
    long checksum();
}

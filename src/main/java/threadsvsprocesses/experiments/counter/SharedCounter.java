package threadsvsprocesses.experiments.counter;

/**
 * One counter shared by {@code workers} workers (threads or child JVMs), started once and reused for every
 * operation. Closing it stops every thread and child process it started and deletes any file it made.
 */
public interface SharedCounter extends AutoCloseable {

    /** How many workers add to the counter. */
    int workers();

    /**
     * One operation: sets the shared counter to zero, lets every worker add 1 to it {@code increments} times, all
     * at once, waits for all of them and returns the counter's final value.
     */
    long addAll(long increments) throws Exception;

    /** The increments the workers made in one operation that the final value does not show. */
    default long lostUpdates(long increments, long finalValue) {
        return Math.multiplyExact((long) workers(), increments) - finalValue;
    }

    /** Stops all workers; leaves no thread, child process or file behind. */
    @Override
    void close();
}

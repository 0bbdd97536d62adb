package threadsvsprocesses.experiments.runaway;

/**
 * A worker that spins forever, started and already spinning, which a stop request from outside may or may not
 * end: a platform thread, a virtual thread or a child JVM running a {@link Spinner}.
 *
 * <p>{@link #close()} ends it whatever the request did (a cooperative flag for threads, SIGKILL for the child JVM)
 * and waits until it is gone, so nothing outlives an operation.
 */
public interface RunawayWorker extends AutoCloseable {

    /** The stop request from outside: {@link Thread#interrupt()} for a thread, SIGTERM for a child JVM. */
    void requestStop();

    /** Waits up to {@code millis} for the worker to be gone; true if it is. */
    boolean awaitGone(long millis) throws InterruptedException;

    /** Ends the worker by the harness's own means and waits until it is gone. */
    @Override
    void close();

    /**
     * Starts a worker for a subject label ({@link RunawayKind}) and returns once it is spinning.
     *
     * @throws IllegalArgumentException for any other label, naming the accepted ones
     */
    static RunawayWorker start(String label) throws Exception {
        return RunawayKind.byLabel(label).start();
    }
}

package threadsvsprocesses.experiments.runaway;

import java.time.Duration;

/**
 * A platform or virtual thread running a {@link Spinner}.
 *
 * <p>{@link Thread#interrupt()} only sets a flag the spinner never reads, so the request does not stop it. Nothing
 * else from outside can: {@code Thread.stop()} has thrown UnsupportedOperationException since JDK 20 (JDK-8289610;
 * a test checks it on the JDK that runs the tests), for platform and virtual threads alike. {@link #close()} uses the
 * spinner's own cooperative flag, which only this harness knows of.
 */
final class RunawayThread implements RunawayWorker {

    private static final Duration JOIN_AFTER_RELEASE = Duration.ofSeconds(10);

    private final Spinner spinner = new Spinner();
    private final Thread thread;

    private RunawayThread(Thread.Builder builder) {
        this.thread = builder.unstarted(spinner);
    }

    /** Starts the thread and returns once its loop runs. */
    static RunawayThread start(Thread.Builder builder) throws InterruptedException {
        RunawayThread worker = new RunawayThread(builder);
        worker.thread.start();
        while (!worker.spinner.spinning()) {
            Thread.sleep(1);
        }
        return worker;
    }

    @Override
    public void requestStop() {
        thread.interrupt();
    }

    @Override
    public boolean awaitGone(long millis) throws InterruptedException {
        return thread.join(Duration.ofMillis(millis));
    }

    @Override
    public void close() {
        spinner.release();
        boolean interrupted = false;
        while (true) {
            try {
                if (!thread.join(JOIN_AFTER_RELEASE)) {
                    throw new IllegalStateException("runaway thread did not end within "
                            + JOIN_AFTER_RELEASE.toSeconds() + " s of its release");
                }
                break;
            } catch (InterruptedException e) {
                // The thread ends within a step of its release: finish the join, then restore the interrupt.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The thread (for tests). */
    Thread thread() {
        return thread;
    }

    /** The spinner's progress (for tests: it moves while the thread runs). */
    long progress() {
        return spinner.progress();
    }
}

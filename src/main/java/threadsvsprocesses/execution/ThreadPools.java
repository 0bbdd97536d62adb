package threadsvsprocesses.execution;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** Stopping the thread pools a model or experiment keeps, so that none of their threads outlives it. */
public final class ThreadPools {

    private ThreadPools() {
    }

    /** Interrupts every thread of {@code pool} and waits up to five seconds for them to end; keeps an interrupt. */
    public static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

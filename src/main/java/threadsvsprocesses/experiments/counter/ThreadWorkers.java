package threadsvsprocesses.experiments.counter;

import threadsvsprocesses.execution.ThreadPools;
import threadsvsprocesses.execution.WorkerFailedException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code workers} platform threads that add to one {@link InMemoryCounter}. The threads are started once, when
 * this is made, like the child JVMs of the process variants: an operation measures the increments, not thread
 * start-up. They are daemons, and {@link #close()} stops them, so none keeps a JMH fork from exiting.
 */
final class ThreadWorkers implements SharedCounter {

    private final InMemoryCounter counter;
    private final int workers;
    private final ExecutorService threads;

    ThreadWorkers(InMemoryCounter counter, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        this.counter = counter;
        this.workers = workers;
        this.threads = Executors.newFixedThreadPool(workers,
                Thread.ofPlatform().daemon(true).name("counter-worker-", 0).factory());
    }

    @Override
    public int workers() {
        return workers;
    }

    @Override
    public long addAll(long increments) throws Exception {
        if (increments < 1) {
            throw new IllegalArgumentException("increments must be at least 1, got " + increments);
        }
        counter.reset();
        // A start gate: every worker waits until all are running, so they really increment at the same time
        // (a worker that finished before the next one started would race with nobody).
        CountDownLatch ready = new CountDownLatch(workers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>(workers);
        try {
            for (int w = 0; w < workers; w++) {
                running.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    counter.addOnes(increments);
                    return null;
                }));
            }
            ready.await();
            go.countDown();
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new WorkerFailedException("a counter thread failed: " + e.getCause(), e.getCause());
        } finally {
            go.countDown();
            running.forEach(f -> f.cancel(true));
        }
        // Future.get() orders every worker's writes before this read.
        return counter.value();
    }

    @Override
    public void close() {
        ThreadPools.stop(threads);
    }
}

package threadsvsprocesses.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One new thread per job, started and joined within the operation, as the tutorials start a {@code Thread} per
 * worker: thread creation is part of the measured cost. Platform or virtual, depending on the builder.
 */
final class ThreadPerJobExecutor implements Executor {

    /** Starts one thread; a seam so tests can make the OS refuse a thread. */
    interface ThreadStarter {
        Thread start(Runnable task);
    }

    private final boolean virtual;
    private final ThreadStarter starter;

    ThreadPerJobExecutor(boolean virtual) {
        this(virtual, null);
    }

    ThreadPerJobExecutor(boolean virtual, ThreadStarter starter) {
        this.virtual = virtual;
        this.starter = starter;
    }

    @Override
    public long runAll(List<Job> jobs) throws Exception {
        long[] results = new long[jobs.size()];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>(jobs.size());
        // Platform threads are daemons, so a failed operation can never keep a JMH fork from exiting.
        Thread.Builder builder = virtual ? Thread.ofVirtual().name("virtual-worker-", 0)
                : Thread.ofPlatform().daemon(true).name("worker-", 0);
        ThreadStarter start = starter != null ? starter : builder::start;
        try {
            for (int i = 0; i < jobs.size(); i++) {
                int slot = i;
                Job job = jobs.get(i);
                threads.add(start.start(() -> {
                    try {
                        results[slot] = job.run();
                    } catch (Throwable t) {
                        failure.compareAndSet(null, t);
                    }
                }));
            }
        } catch (OutOfMemoryError e) {
            // The kernel refused another thread (e.g. vm.max_map_count): stop the ones started, then report.
            threads.forEach(Thread::interrupt);
            joinAll(threads);
            throw new ThreadLimitException("the OS refused thread " + (threads.size() + 1) + " of " + jobs.size()
                    + " (" + e.getMessage() + ")", e);
        }
        joinAll(threads);
        if (failure.get() != null) {
            throw new WorkerFailedException("a worker thread failed: " + failure.get(), failure.get());
        }
        long sum = 0;
        for (long r : results) {
            sum += r;
        }
        return sum;
    }

    private static void joinAll(List<Thread> threads) throws InterruptedException {
        try {
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            threads.forEach(Thread::interrupt);
            throw e;
        }
    }

    @Override
    public void close() {
        // every thread was joined by runAll
    }
}

package threadsvsprocesses.experiments.pool;

import threadsvsprocesses.execution.ThreadPools;
import threadsvsprocesses.execution.Executor;
import threadsvsprocesses.execution.Job;
import threadsvsprocesses.execution.WorkerFailedException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A fixed pool of {@code workers} platform threads, started once and fed from one shared queue, like Python's
 * {@code ThreadPoolExecutor}: each job is one task submitted to it. The threads are daemons and {@link #close()}
 * stops them, so none keeps a JMH fork from exiting.
 */
final class FixedThreadPool implements Executor {

    private final ExecutorService threads;

    FixedThreadPool(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("a thread pool needs at least one worker, got " + workers);
        }
        threads = Executors.newFixedThreadPool(workers, Thread.ofPlatform().daemon(true).name("pool-worker-", 0).factory());
    }

    @Override
    public long runAll(List<Job> jobs) throws Exception {
        List<Future<Long>> results = new ArrayList<>(jobs.size());
        boolean done = false;
        try {
            for (Job job : jobs) {
                results.add(threads.submit(job::run));
            }
            long sum = 0;
            for (Future<Long> r : results) {
                sum += r.get();
            }
            done = true;
            return sum;
        } catch (ExecutionException e) {
            throw new WorkerFailedException("a pool thread failed: " + e.getCause(), e.getCause());
        } finally {
            if (!done) {
                results.forEach(r -> r.cancel(true));
            }
        }
    }

    @Override
    public void close() {
        ThreadPools.stop(threads);
    }
}

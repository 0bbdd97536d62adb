package threadsvsprocesses.experiments.pool;

import threadsvsprocesses.execution.Dispatch;
import threadsvsprocesses.execution.ThreadPools;
import threadsvsprocesses.execution.Executor;
import threadsvsprocesses.execution.Job;
import threadsvsprocesses.execution.Messages;
import threadsvsprocesses.execution.WorkerFailedException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A fixed pool of {@code workers} platform threads, started once and fed from one shared queue, like Python's
 * {@code ThreadPoolExecutor} or {@code multiprocessing.pool.ThreadPool}: each message is one task submitted to it,
 * either one job ({@link Dispatch#PER_TASK}) or a chunk of them ({@link Dispatch#CHUNKED}, as {@code Pool.map} cuts
 * them), whose jobs the pool thread runs in turn, returning each one's result. The threads are daemons and
 * {@link #close()} stops them, so none keeps a JMH fork from exiting.
 */
final class FixedThreadPool implements Executor {

    private final ExecutorService threads;
    private final Messages messages;

    FixedThreadPool(int workers, Dispatch dispatch) {
        if (workers < 1) {
            throw new IllegalArgumentException("a thread pool needs at least one worker, got " + workers);
        }
        this.messages = new Messages(dispatch, workers);
        threads = Executors.newFixedThreadPool(workers, Thread.ofPlatform().daemon(true).name("pool-worker-", 0).factory());
    }

    @Override
    public long runAll(List<Job> jobs) throws Exception {
        List<List<Job>> cut = messages.of(jobs);
        List<Future<long[]>> results = new ArrayList<>(cut.size());
        boolean done = false;
        try {
            for (List<Job> message : cut) {
                results.add(threads.submit(() -> run(message)));
            }
            long sum = 0;
            for (Future<long[]> r : results) {
                for (long v : r.get()) {
                    sum += v;
                }
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

    /** One message's jobs, run in turn on a pool thread: each job's result. */
    private static long[] run(List<Job> message) throws InterruptedException {
        long[] out = new long[message.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = message.get(i).run();
        }
        return out;
    }

    @Override
    public void close() {
        ThreadPools.stop(threads);
    }
}

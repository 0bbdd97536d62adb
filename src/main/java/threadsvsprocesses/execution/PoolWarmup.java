package threadsvsprocesses.execution;

import java.util.List;

/**
 * Warms a pool before it is measured: runs an operation's jobs through it until every worker has run
 * {@link #JOBS_PER_WORKER} jobs, and at least {@link #MIN_OPERATIONS} operations, unless that takes longer than
 * {@link #MAX_MILLIS}. A worker JVM compiles its own loop (read a message, run its jobs, write the answer) only after
 * thousands of messages, and JMH's warm-up iterations, sized for the parent's code, need not give each of a pool's
 * JVMs that many (in the reference run of the version before this, the first measured iteration of a process pool
 * still ran 1.2-1.56x the rest).
 */
public final class PoolWarmup {

    /** Jobs each worker runs before measuring, where the time allows: enough for the JIT's tiers on its loop. */
    public static final int JOBS_PER_WORKER = 10_000;
    /** Operations run in any case. */
    public static final int MIN_OPERATIONS = 2;
    /** The longest a warm-up goes on for (operations of whole seconds run only {@link #MIN_OPERATIONS}). */
    public static final long MAX_MILLIS = 500;

    private PoolWarmup() {
    }

    /**
     * Runs {@code jobs} through {@code pool} of {@code workers} workers until each has run {@link #JOBS_PER_WORKER}
     * jobs (jobs dealt evenly: each gets at least jobs / workers per operation), or the time is up; returns the
     * operations run.
     */
    public static int run(Executor pool, List<Job> jobs, int workers) throws Exception {
        long perWorker = Math.max(1, jobs.size() / Math.max(1, workers));
        long wanted = Math.max(MIN_OPERATIONS, (JOBS_PER_WORKER + perWorker - 1) / perWorker);
        long end = System.nanoTime() + MAX_MILLIS * 1_000_000;
        int operations = 0;
        while (operations < wanted && (operations < MIN_OPERATIONS || System.nanoTime() - end < 0)) {
            pool.runAll(jobs);
            operations++;
        }
        return operations;
    }
}

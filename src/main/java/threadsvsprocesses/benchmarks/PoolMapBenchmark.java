package threadsvsprocesses.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import threadsvsprocesses.execution.Executor;
import threadsvsprocesses.execution.Job;
import threadsvsprocesses.execution.ParentWatch;
import threadsvsprocesses.execution.PoolWarmup;
import threadsvsprocesses.experiments.pool.PoolKind;
import threadsvsprocesses.experiments.pool.SquareTasks;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Claim C10: a pool divides a big list of work across the processors. One operation maps {@code tasks} small
 * tasks ({@code taskUnits} terms of the sum of squares each) over the pool and adds up their results.
 *
 * <p>Measures: milliseconds for the whole list; the report derives the time per task (score / tasks) and per message
 * (score / messages: a chunked pool sends ceil(tasks / (4 x workers)) tasks a message, as CPython's {@code Pool.map}
 * does, 125 for 1,000 tasks on 2 workers; a per-task pool one).
 *
 * <p>Expect: with {@code taskUnits = 0} (empty tasks) the score is pure dispatch cost: about a nanosecond per task in
 * the loop, a fraction of a microsecond per task in a thread pool fed one task at a time, a microsecond or two per
 * virtual thread (started and joined), and tens of microseconds per message in a process pool: each message is a
 * write down one pipe and a read from another, with a wake-up of the worker and of the caller (the caller reads the
 * answers itself, the worker its requests, with no thread or queue between). All messages of a map go out before
 * the answers are read (up to a window that keeps both pipes from filling), so the trips overlap. Chunked, a
 * process pool pays that 8 times per map of 1,000 tasks on 2 workers instead of 1,000 times. With
 * {@code taskUnits = 10000} (about 4 us of work each) the chunked pools, threads and processes alike, divide the work
 * by up to the core count; fed one task at a time, the process pool spends more on messages than on work.
 *
 * <p>Pools are made in {@code @Setup} once per trial (the process pool starts its JVMs there) and warmed there
 * ({@link PoolWarmup}: thousands of tasks through every worker, so each worker JVM's own loop is compiled before
 * JMH's warm-up starts); they are stopped in {@code @TearDown}. The sum of the tasks' results is returned, so JMH
 * consumes it and no task can be dropped.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 10, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(2)
public class PoolMapBenchmark {

    /**
     * What the tasks are mapped over: a loop, a fixed thread pool fed chunks or single tasks, a virtual thread per
     * task, a process pool fed chunks or single tasks.
     */
    @Param({"single-thread", "thread-pool-chunked", "thread-pool-per-task", "virtual-thread", "process-pool-chunked",
            "process-pool-per-task"})
    public String pool;

    /** Threads or worker JVMs in the pool; 0 means all available cores, resolved at setup. */
    @Param("0")
    public int workers;

    /** Tasks in the list. */
    @Param("1000")
    public int tasks;

    /** Terms of the sum of squares per task; 0 makes every task empty (pure dispatch cost). */
    @Param({"0", "10000"})
    public long taskUnits;

    private List<Job> jobs;
    private Executor executor;

    @Setup(Level.Trial)
    public void startPool() throws Exception {
        // A fork whose host JVM was killed stops at once, and takes its worker JVMs with it.
        ParentWatch.installIfParentIsOurs();
        PoolKind kind = PoolKind.byLabel(pool);
        int resolved = ExecutionBenchmark.resolveWorkers(workers);
        jobs = SquareTasks.of(tasks, taskUnits);
        executor = kind.create(resolved);
        // Every worker runs thousands of tasks before JMH's warm-up, so a worker JVM's loop is compiled by then.
        PoolWarmup.run(executor, jobs, resolved);
    }

    @TearDown(Level.Trial)
    public void stopPool() {
        if (executor != null) {
            executor.close();
        }
    }

    @Benchmark
    public long poolMap() throws Exception {
        return executor.runAll(jobs);
    }
}

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
import threadsvsprocesses.experiments.pool.PoolKind;
import threadsvsprocesses.experiments.pool.SquareTasks;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Claim C10: a pool divides a big list of work across the processors. One operation maps {@code tasks} small
 * tasks ({@code taskUnits} terms of the sum of squares each) over the pool and adds up their results.
 *
 * <p>Measures: milliseconds for the whole list; the report derives the time per task as score / tasks.
 *
 * <p>Expect: with {@code taskUnits = 0} (empty tasks) the score is pure dispatch cost: about a nanosecond per task
 * in the loop, a fraction of a microsecond in the thread pool, a microsecond or two per virtual thread (started
 * and joined), and tens of microseconds in the process pool (a first look on 2 busy cores: about 17 us per task,
 * CPython's figure too). The process pool sends each task as a line down a pipe and reads its answer back from
 * another, with a system call and a thread hand-off at each end; all lines go out before the first answer is
 * read, so the trips overlap, but each still costs that much. Tiny tasks are therefore much slower there than in
 * threads, and slower than the plain loop. With {@code taskUnits = 10000} (about 4 us of work each) the threads
 * divide the work by up to the core count, while the process pool still spends more on dispatch than on work.
 *
 * <p>Pools are made in {@code @Setup} once per trial (the process pool starts its JVMs there) and stopped in
 * {@code @TearDown}. The sum of the tasks' results is returned, so JMH consumes it and no task can be dropped.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 10, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(2)
public class PoolMapBenchmark {

    /** What the tasks are mapped over: a loop, a fixed thread pool, a virtual thread per task, a process pool. */
    @Param({"single-thread", "thread-pool", "virtual-thread", "process-pool"})
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

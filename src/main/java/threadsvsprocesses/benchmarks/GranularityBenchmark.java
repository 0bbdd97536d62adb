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
import threadsvsprocesses.experiments.granularity.SweepModel;
import threadsvsprocesses.experiments.granularity.SweepTasks;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Where each model pays off (C1, C10 restated): a fixed total of countdown work ({@code totalSteps} steps, about
 * 0.16 s on one thread; more at the largest sizes, which keep at least 2 tasks per core) cut into {@code tasks}
 * ({@link threadsvsprocesses.experiments.granularity.SweepPlan#tasks}) tasks of {@code stepsPerTask} steps, run at
 * all cores under every model. The sizes go 1-2-5 from 500 steps (about 0.8 µs of single-thread work) to 50,000,000 (about 80 ms).
 *
 * <p>Measures: milliseconds per operation (all tasks); the report divides the single-thread time by each model's
 * at the same size (the speedup), and the single-thread time by the tasks (the x axis: work per task, measured).
 *
 * <p>Expect: a speedup near the core count for the thread pool and virtual threads from a few microseconds of work
 * per task on; a chunked process pool from tens of microseconds (a message carries many tasks); a process pool fed
 * one task a message only from tasks longer than a pipe round trip (tens of microseconds); a platform thread per
 * task from about a hundred microseconds (its start-up); a child JVM per task from tens of milliseconds, if at
 * all within the range (each pays a JVM's start-up).
 *
 * <p>Every task counts down its own steps from its own seed (no closed form, so the JIT cannot fold it), and the
 * sum of the tasks' final states is returned, so JMH consumes it and no task can be dropped; it is the same under
 * every model (tested). Single shots: an operation lasts milliseconds to a second and may start threads or JVMs.
 * Pools are made and warmed in {@code @Setup} ({@link PoolWarmup}), so a worker JVM's loop is compiled before
 * measuring, and stopped in {@code @TearDown}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(2)
public class GranularityBenchmark {

    /**
     * What runs the tasks: a loop (the baseline), a thread pool fed chunks, a virtual thread per task, a process
     * pool fed chunks or single tasks, a platform thread per task, a child JVM per task.
     */
    @Param({"single-thread", "thread-pool-chunked", "virtual-thread", "process-pool-chunked", "process-pool-per-task",
            "multi-thread", "multi-process"})
    public String model;

    /** Threads or worker JVMs at work; 0 means all available cores, resolved at setup. */
    @Param("0")
    public int workers;

    /** Countdown steps per task (about 1.6 ns a step): the size swept. */
    @Param({"500", "1000", "2000", "5000", "10000", "20000", "50000", "100000", "200000", "500000", "1000000",
            "2000000", "5000000", "10000000", "20000000", "50000000"})
    public long stepsPerTask;

    /** Countdown steps one operation aims at in all, cut into tasks of {@code stepsPerTask}. */
    @Param("100000000")
    public long totalSteps;

    /**
     * Tasks per operation. The planner sets it for every cell from the sizes and the cores ({@link SweepPlan#tasks}),
     * unless given with {@code -p tasks}.
     */
    @Param("1000")
    public int tasks;

    private List<Job> jobs;
    private Executor executor;

    @Setup(Level.Trial)
    public void start() throws Exception {
        // A fork whose host JVM was killed stops at once, and takes its worker JVMs with it.
        ParentWatch.installIfParentIsOurs();
        SweepModel kind = SweepModel.byLabel(model);
        int resolved = ExecutionBenchmark.resolveWorkers(workers);
        jobs = SweepTasks.of(tasks, stepsPerTask);
        executor = kind.create(resolved);
        if (kind.isPool()) {
            // Every worker runs thousands of tasks before the first sample, so a worker JVM's loop is compiled.
            PoolWarmup.run(executor, jobs, resolved);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (executor != null) {
            executor.close();
        }
    }

    @Benchmark
    public long granularity() throws Exception {
        return executor.runAll(jobs);
    }
}

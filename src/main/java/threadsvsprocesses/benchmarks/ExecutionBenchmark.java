package threadsvsprocesses.benchmarks;

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
import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.execution.Executor;
import threadsvsprocesses.execution.Job;
import threadsvsprocesses.execution.ParentWatch;
import threadsvsprocesses.execution.PoolWarmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What every benchmark of the suite shares: an execution model named by {@code model}, a worker count, and the
 * jobs one operation runs. Subclasses say which workload and how it is cut into jobs.
 *
 * <p>Each operation is long (tens of milliseconds to seconds) and starts threads or processes, so the mode is
 * single-shot: one call per sample, with explicit warm-up and measurement counts (JMH's default for single-shot
 * is one sample and no error bar). The command line's profiles override these counts.
 *
 * <p>The jobs are cut in {@code @Setup}, outside the measured call. A process pool starts its JVMs there too, once
 * per trial, and runs the operation's jobs through them until every worker JVM has run thousands of jobs, or for
 * half a second ({@link PoolWarmup}): a worker compiles its own loop, which JMH's warm-up of the parent does not
 * see, and a long-lived {@code multiprocessing.Pool} would be as warm. {@code @TearDown} stops every worker, so
 * nothing outlives the trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(2)
public abstract class ExecutionBenchmark {

    /** single-thread, multi-thread, virtual-thread, multi-process or process-pool. */
    @Param({"single-thread", "multi-thread", "virtual-thread", "multi-process", "process-pool"})
    public String model;

    /** Threads or processes to split the work over; 0 means all available cores, resolved at setup. */
    @Param("0")
    public int workers;

    protected ExecutionModel executionModel;
    protected int resolvedWorkers;
    protected List<Job> jobs;
    protected Executor executor;

    @Setup(Level.Trial)
    public void startWorkers() throws Exception {
        // A fork whose host JVM was killed stops at once, and takes its worker JVMs with it.
        ParentWatch.installIfParentIsOurs();
        executionModel = ExecutionModel.byLabel(model);
        resolvedWorkers = resolveWorkers(workers);
        jobs = jobs();
        executor = executionModel.create(resolvedWorkers);
        if (executionModel == ExecutionModel.PROCESS_POOL) {
            // Each worker JVM compiles its own loop; warm it before JMH's warm-up, as a long-lived pool would be.
            PoolWarmup.run(executor, warmUpJobs(), resolvedWorkers);
        }
    }

    /**
     * The jobs the process pool is warmed with: the operation's own, by default. A workload whose operation takes
     * long (sleeping tasks) gives shorter ones.
     */
    protected List<Job> warmUpJobs() {
        return jobs;
    }

    @TearDown(Level.Trial)
    public void stopWorkers() {
        if (executor != null) {
            executor.close();
        }
    }

    /** The jobs one operation runs; called once per trial, after model and workers are resolved. */
    protected abstract List<Job> jobs();

    /** One operation: every job under the model; the sum of their checksums goes back to JMH, which consumes it. */
    protected long runJobs() throws Exception {
        return executor.runAll(jobs);
    }

    /** {@code 0} means all available cores; a negative count is an error. */
    static int resolveWorkers(int workers) {
        if (workers < 0) {
            throw new IllegalArgumentException("workers must be 0 (all cores) or positive, got " + workers);
        }
        return workers == 0 ? Runtime.getRuntime().availableProcessors() : workers;
    }
}

package threadsvsprocesses.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.execution.Job;
import threadsvsprocesses.workload.SleepTasks;
import threadsvsprocesses.workload.Workload;

import java.util.List;

/**
 * Seed 004's I/O-bound tasks: {@code tasks} tasks, each sleeps {@code sleepMillis}, then computes a small result
 * ({@link SleepTasks}).
 *
 * <p>Measures: milliseconds until all tasks are done. multi-thread, virtual-thread and multi-process start one
 * thread or child JVM per task; single-thread runs the tasks in turn; process-pool spreads them over
 * {@code workers} warm JVMs (0 = one per core), each running its share in turn.
 *
 * <p>Expect: the ideal is one sleep, however many tasks. Virtual threads stay near it up to 100,000 tasks;
 * platform threads drift above it at thousands (creating an OS thread costs tens of microseconds); child JVMs
 * pay start-up per task and memory per JVM; single-thread and the pool grow linearly with tasks.
 */
public class SleepBenchmark extends ExecutionBenchmark {

    /** How many tasks run in one operation. */
    @Param("100")
    public int tasks;

    /** How long each task sleeps before computing its result, in milliseconds. */
    @Param("100")
    public long sleepMillis;

    @Override
    protected List<Job> jobs() {
        if (tasks < 1 || sleepMillis < 0) {
            throw new IllegalArgumentException("tasks must be positive and sleepMillis not negative, got tasks="
                    + tasks + " sleepMillis=" + sleepMillis);
        }
        if (executionModel.startsOnePerTask()) {
            return Job.eachUnit(Workload.SLEEP, tasks, sleepMillis);
        }
        int parts = executionModel == ExecutionModel.SINGLE_THREAD ? 1 : Math.min(resolvedWorkers, tasks);
        return Job.split(Workload.SLEEP, tasks, parts, sleepMillis);
    }

    /** The process pool is warmed with the same tasks, sleeping 0 ms: the worker's loop, not the sleeps, needs it. */
    @Override
    protected List<Job> warmUpJobs() {
        return jobs.stream().map(j -> new Job(j.workload(), j.from(), j.to(), 0)).toList();
    }

    @Benchmark
    public long sleep() throws Exception {
        return runJobs();
    }
}

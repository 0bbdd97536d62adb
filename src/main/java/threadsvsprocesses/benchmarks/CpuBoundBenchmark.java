package threadsvsprocesses.benchmarks;

import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.execution.Job;
import threadsvsprocesses.workload.Workload;

import java.util.List;

/**
 * A CPU-bound workload split evenly over the workers: the same total work at every worker level, so the time
 * falls as workers are added while there are free cores, and speedup = single-thread time / this time.
 * The single-thread model runs the whole range on one thread whatever {@code workers} says.
 */
public abstract class CpuBoundBenchmark extends ExecutionBenchmark {

    protected abstract Workload workload();

    /** The size of the whole workload, in the workload's own units (steps, terms). */
    protected abstract long size();

    @Override
    protected List<Job> jobs() {
        int parts = executionModel == ExecutionModel.SINGLE_THREAD ? 1 : resolvedWorkers;
        return Job.split(workload(), workload().units(size()), parts, 0);
    }
}

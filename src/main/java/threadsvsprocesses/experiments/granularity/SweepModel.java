package threadsvsprocesses.experiments.granularity;

import threadsvsprocesses.execution.Dispatch;
import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.execution.Executor;
import threadsvsprocesses.execution.WorkerFailedException;
import threadsvsprocesses.experiments.pool.PoolKind;
import threadsvsprocesses.labels.Labelled;

/**
 * The models the task-size sweep runs each size under. Each is a pool of the pool-map experiment or an execution
 * model, and takes that one's label (so every label stays spelled once, by the enum that defines it).
 */
public enum SweepModel implements Labelled {

    /** A loop on the calling thread: the baseline of every speedup. */
    SINGLE_THREAD(PoolKind.SINGLE_THREAD, null),
    /** A fixed pool of all-cores platform threads fed chunks of tasks, as {@code ThreadPool.map} does. */
    THREAD_POOL_CHUNKED(PoolKind.THREAD_POOL_CHUNKED, null),
    /** One new virtual thread per task. */
    VIRTUAL_THREAD(PoolKind.VIRTUAL_THREAD, null),
    /** Warm worker JVMs fed chunks of tasks, as {@code Pool.map} does. */
    PROCESS_POOL_CHUNKED(PoolKind.PROCESS_POOL_CHUNKED, null),
    /** The same worker JVMs fed one message per task. */
    PROCESS_POOL_PER_TASK(PoolKind.PROCESS_POOL_PER_TASK, null),
    /** A new platform thread per task, started and joined in the operation. */
    MULTI_THREAD(null, ExecutionModel.MULTI_THREAD),
    /** A new child JVM per task, started in the operation: its start-up is part of each task's cost. */
    MULTI_PROCESS(null, ExecutionModel.MULTI_PROCESS);

    private final PoolKind pool;
    private final ExecutionModel model;

    SweepModel(PoolKind pool, ExecutionModel model) {
        this.pool = pool;
        this.model = model;
    }

    @Override
    public String label() {
        return pool != null ? pool.label() : model.label();
    }

    /** Creates the executor for {@code workers} workers; the process pools start their JVMs here. */
    public Executor create(int workers) throws WorkerFailedException {
        return pool != null ? pool.create(workers) : model.create(workers, Dispatch.PER_TASK);
    }

    /** True for the models that keep workers between operations (and are warmed before measuring). */
    public boolean isPool() {
        return this == THREAD_POOL_CHUNKED || this == PROCESS_POOL_CHUNKED || this == PROCESS_POOL_PER_TASK;
    }

    /** The model with this label, or an error naming the accepted labels. */
    public static SweepModel byLabel(String label) {
        return Labelled.byLabel(SweepModel.class, "model", label);
    }

    @Override
    public String toString() {
        return label();
    }
}

package threadsvsprocesses.experiments.pool;

import threadsvsprocesses.execution.Dispatch;
import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.execution.Executor;
import threadsvsprocesses.execution.WorkerFailedException;
import threadsvsprocesses.labels.Labelled;

/**
 * The pools a list of small tasks is mapped over, each with the way it hands the tasks out ({@link Dispatch}); each
 * constant creates its {@link Executor}, so a JMH {@code @Param} names it in plain words
 * ({@code -p pool=process-pool-chunked}). The chunked pools map as the tutorials' {@code Pool.map} does; the
 * per-task ones send one message per task, which shows what a message costs.
 */
public enum PoolKind implements Labelled {

    /** A loop on the calling thread: the baseline. */
    SINGLE_THREAD(Dispatch.PER_TASK) {
        @Override
        public Executor create(int workers) throws WorkerFailedException {
            return ExecutionModel.SINGLE_THREAD.create(1);
        }
    },

    /** A fixed pool of {@code workers} platform threads fed chunks of tasks, as {@code ThreadPool.map} does. */
    THREAD_POOL_CHUNKED(Dispatch.CHUNKED) {
        @Override
        public Executor create(int workers) {
            return new FixedThreadPool(workers, Dispatch.CHUNKED);
        }
    },

    /** A fixed pool of {@code workers} platform threads fed one task at a time, as {@code ThreadPoolExecutor.map}. */
    THREAD_POOL_PER_TASK(Dispatch.PER_TASK) {
        @Override
        public Executor create(int workers) {
            return new FixedThreadPool(workers, Dispatch.PER_TASK);
        }
    },

    /** One new virtual thread per task, all joined at the end of the operation. */
    VIRTUAL_THREAD(Dispatch.PER_TASK) {
        @Override
        public Executor create(int workers) throws WorkerFailedException {
            return ExecutionModel.VIRTUAL_THREAD.create(workers);
        }
    },

    /**
     * {@code workers} warm worker JVMs (the suite's process pool) fed chunks of tasks, as {@code Pool.map} does: one
     * binary message down a pipe per chunk, one answer with the chunk's results back.
     */
    PROCESS_POOL_CHUNKED(Dispatch.CHUNKED) {
        @Override
        public Executor create(int workers) throws WorkerFailedException {
            return ExecutionModel.PROCESS_POOL.create(workers, Dispatch.CHUNKED);
        }
    },

    /** The same worker JVMs fed one message per task, as {@code Pool.map(..., chunksize=1)}. */
    PROCESS_POOL_PER_TASK(Dispatch.PER_TASK) {
        @Override
        public Executor create(int workers) throws WorkerFailedException {
            return ExecutionModel.PROCESS_POOL.create(workers, Dispatch.PER_TASK);
        }
    };

    private final Dispatch dispatch;

    PoolKind(Dispatch dispatch) {
        this.dispatch = dispatch;
    }

    /** Creates the pool; for the process pools this starts its {@code workers} JVMs. */
    public abstract Executor create(int workers) throws WorkerFailedException;

    /** How it hands out tasks: per task for the loop and the virtual threads (one thread each). */
    public Dispatch dispatch() {
        return dispatch;
    }

    /** Messages (hand-offs to a worker and back) one map of {@code tasks} tasks takes on {@code workers} workers. */
    public int messages(int tasks, int workers) {
        return dispatch.messages(tasks, Math.max(1, workers));
    }

    /** The pool with this label, or an error naming the accepted labels. */
    public static PoolKind byLabel(String label) {
        return Labelled.byLabel(PoolKind.class, "pool", label);
    }

    @Override
    public String toString() {
        return label();
    }
}

package threadsvsprocesses.experiments.pool;

import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.execution.Executor;
import threadsvsprocesses.execution.WorkerFailedException;
import threadsvsprocesses.labels.Labelled;

/**
 * The pools a list of small tasks is mapped over; each constant creates its {@link Executor} (one job per task),
 * so a JMH {@code @Param} names it in plain words ({@code -p pool=process-pool}).
 */
public enum PoolKind implements Labelled {

    /** A loop on the calling thread: the baseline. */
    SINGLE_THREAD {
        @Override
        public Executor create(int workers) throws WorkerFailedException {
            return ExecutionModel.SINGLE_THREAD.create(1);
        }
    },

    /** A fixed pool of {@code workers} platform threads, started once and reused. */
    THREAD_POOL {
        @Override
        public Executor create(int workers) {
            return new FixedThreadPool(workers);
        }
    },

    /** One new virtual thread per task, all joined at the end of the operation. */
    VIRTUAL_THREAD {
        @Override
        public Executor create(int workers) throws WorkerFailedException {
            return ExecutionModel.VIRTUAL_THREAD.create(workers);
        }
    },

    /**
     * {@code workers} warm worker JVMs (the suite's process pool): tasks go round-robin to them as lines on their
     * stdin, all sent before the first answer is read, and each answer comes back as a line on their stdout.
     */
    PROCESS_POOL {
        @Override
        public Executor create(int workers) throws WorkerFailedException {
            return ExecutionModel.PROCESS_POOL.create(workers);
        }
    };

    /** Creates the pool; for {@link #PROCESS_POOL} this starts its {@code workers} JVMs. */
    public abstract Executor create(int workers) throws WorkerFailedException;

    /** The pool with this label, or an error naming the accepted labels. */
    public static PoolKind byLabel(String label) {
        return Labelled.byLabel(PoolKind.class, "pool", label);
    }

    @Override
    public String toString() {
        return label();
    }
}

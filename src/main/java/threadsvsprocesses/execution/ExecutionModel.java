package threadsvsprocesses.execution;

import threadsvsprocesses.labels.Labelled;

/**
 * The execution models the suite compares; each constant creates its {@link Executor}, so a JMH {@code @Param}
 * names a model in plain words ({@code -p model=virtual-thread}).
 */
public enum ExecutionModel implements Labelled {

    /** Everything on the calling thread: the baseline every speedup is measured against. */
    SINGLE_THREAD {
        @Override
        Executor start(int workers) {
            return new SingleThreadExecutor();
        }
    },

    /** A new platform (OS) thread per worker, or per task for sleeping tasks. */
    MULTI_THREAD {
        @Override
        Executor start(int workers) {
            return new ThreadPerJobExecutor(false);
        }
    },

    /** A new virtual thread per worker, or per task for sleeping tasks. */
    VIRTUAL_THREAD {
        @Override
        Executor start(int workers) {
            return new ThreadPerJobExecutor(true);
        }
    },

    /** A new child JVM per worker, or per task, started within each operation. */
    MULTI_PROCESS {
        @Override
        Executor start(int workers) {
            return new ProcessPerJobExecutor();
        }
    },

    /**
     * A pool of {@code workers} warm child JVMs, started once and reused, each running its jobs in turn
     * ({@link ProcessPool}); one message per job unless {@link #create(int, Dispatch)} asks for chunks.
     */
    PROCESS_POOL {
        @Override
        public Executor create(int workers, Dispatch dispatch) throws WorkerFailedException {
            return ProcessPool.start(workers, dispatch);
        }
    };

    /** Creates the executor, handing out one job per message; for {@link #PROCESS_POOL} this starts its JVMs. */
    public Executor create(int workers) throws WorkerFailedException {
        return create(workers, Dispatch.PER_TASK);
    }

    /**
     * Creates the executor with the given dispatch. Only {@link #PROCESS_POOL} hands out messages; the other models
     * start a thread or process per job and accept only {@link Dispatch#PER_TASK}.
     */
    public Executor create(int workers, Dispatch dispatch) throws WorkerFailedException {
        if (dispatch != Dispatch.PER_TASK) {
            throw new IllegalArgumentException(label() + " starts a thread or process per job; only "
                    + ExecutionModel.PROCESS_POOL.label() + " has a dispatch to choose, got " + dispatch.label());
        }
        return start(workers);
    }

    /** The executor of a model that runs each job on its own thread or process (or all on the caller's). */
    Executor start(int workers) throws WorkerFailedException {
        throw new IllegalStateException(label() + " must override start or create");
    }

    /** True for the models that start a thread or process per task (the sleep workload's per-task models). */
    public boolean startsOnePerTask() {
        return this == MULTI_THREAD || this == VIRTUAL_THREAD || this == MULTI_PROCESS;
    }

    /** The model with this label, or an error naming the accepted labels. */
    public static ExecutionModel byLabel(String label) {
        return Labelled.byLabel(ExecutionModel.class, "model", label);
    }

    /** Every model's label, comma-separated. */
    public static String labels() {
        return Labelled.labels(ExecutionModel.class);
    }

    @Override
    public String toString() {
        return label();
    }
}

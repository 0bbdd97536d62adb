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
        public Executor create(int workers) {
            return new SingleThreadExecutor();
        }
    },

    /** A new platform (OS) thread per worker, or per task for sleeping tasks. */
    MULTI_THREAD {
        @Override
        public Executor create(int workers) {
            return new ThreadPerJobExecutor(false);
        }
    },

    /** A new virtual thread per worker, or per task for sleeping tasks. */
    VIRTUAL_THREAD {
        @Override
        public Executor create(int workers) {
            return new ThreadPerJobExecutor(true);
        }
    },

    /** A new child JVM per worker, or per task, started within each operation. */
    MULTI_PROCESS {
        @Override
        public Executor create(int workers) {
            return new ProcessPerJobExecutor();
        }
    },

    /** A pool of {@code workers} warm child JVMs, started once and reused, each running its jobs in turn. */
    PROCESS_POOL {
        @Override
        public Executor create(int workers) throws WorkerFailedException {
            return new ProcessPoolExecutor(workers);
        }
    };

    /** Creates the executor; for {@link #PROCESS_POOL} this starts its {@code workers} JVMs. */
    public abstract Executor create(int workers) throws WorkerFailedException;

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

package threadsvsprocesses.execution;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The execution models the suite compares; each constant creates its {@link Executor}, so a JMH {@code @Param}
 * names a model in plain words ({@code -p model=virtual-thread}).
 */
public enum ExecutionModel {

    /** Everything on the calling thread: the baseline every speedup is measured against. */
    SINGLE_THREAD("single-thread") {
        @Override
        public Executor create(int workers) {
            return new SingleThreadExecutor();
        }
    },

    /** A new platform (OS) thread per worker, or per task for sleeping tasks. */
    MULTI_THREAD("multi-thread") {
        @Override
        public Executor create(int workers) {
            return new ThreadPerJobExecutor(false);
        }
    },

    /** A new virtual thread per worker, or per task for sleeping tasks. */
    VIRTUAL_THREAD("virtual-thread") {
        @Override
        public Executor create(int workers) {
            return new ThreadPerJobExecutor(true);
        }
    },

    /** A new child JVM per worker, or per task, started within each operation. */
    MULTI_PROCESS("multi-process") {
        @Override
        public Executor create(int workers) {
            return new ProcessPerJobExecutor();
        }
    },

    /** A pool of {@code workers} warm child JVMs, started once and reused, each running its jobs in turn. */
    PROCESS_POOL("process-pool") {
        @Override
        public Executor create(int workers) throws WorkerFailedException {
            return new ProcessPoolExecutor(workers);
        }
    };

    private final String label;

    ExecutionModel(String label) {
        this.label = label;
    }

    /** Creates the executor; for {@link #PROCESS_POOL} this starts its {@code workers} JVMs. */
    public abstract Executor create(int workers) throws WorkerFailedException;

    /** The model's name in parameters, CSV and charts. */
    public String label() {
        return label;
    }

    /** True for the models that start a thread or process per task (the sleep workload's per-task models). */
    public boolean startsOnePerTask() {
        return this == MULTI_THREAD || this == VIRTUAL_THREAD || this == MULTI_PROCESS;
    }

    /** The model with this label, or an error naming the accepted labels. */
    public static ExecutionModel byLabel(String label) {
        for (ExecutionModel m : values()) {
            if (m.label.equals(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown model '" + label + "'; accepted: " + labels());
    }

    public static String labels() {
        return Arrays.stream(values()).map(ExecutionModel::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label;
    }
}

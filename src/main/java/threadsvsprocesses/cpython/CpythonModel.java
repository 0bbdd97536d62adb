package threadsvsprocesses.cpython;

import threadsvsprocesses.labels.Labelled;

import java.util.Optional;

/**
 * The models CPython offers, as the tutorials use them, each run by the worker script ({@code worker.py}) inside one
 * interpreter: a JMH {@code @Param} names one in plain words ({@code -p model=cpython-thread}), and the label is
 * what the CSV's {@code model} column and the charts' legends show.
 */
public enum CpythonModel implements Labelled {

    /** Everything on the interpreter's main thread: the baseline of every CPython speedup. */
    CPYTHON_SINGLE("single", null),
    /** One {@code threading.Thread} per worker, or per task for sleeping tasks; the GIL lets one run Python at once. */
    CPYTHON_THREAD("thread", null),
    /** One {@code multiprocessing.Process} per worker or task, started by {@code fork}. */
    CPYTHON_PROCESS_FORK("process-fork", "fork"),
    /** The same, started by {@code forkserver} (a server process forks each one). */
    CPYTHON_PROCESS_FORKSERVER("process-forkserver", "forkserver"),
    /** The same, started by {@code spawn} (a fresh interpreter each, as on Windows and macOS). */
    CPYTHON_PROCESS_SPAWN("process-spawn", "spawn"),
    /** {@code multiprocessing.Pool(workers).map} with its default chunking, the pool kept for the trial. */
    CPYTHON_POOL("pool", null);

    /** Every CPython model's label starts with this. */
    public static final String PREFIX = "cpython-";

    private final String wireName;
    private final String startMethod;

    CpythonModel(String wireName, String startMethod) {
        this.wireName = wireName;
        this.startMethod = startMethod;
    }

    /** The model's name in a request to the worker script ({@code thread}, {@code process-fork}, ...). */
    public String wireName() {
        return wireName;
    }

    /** The {@code multiprocessing} start method a process model needs; empty for the other models. */
    public Optional<String> startMethod() {
        return Optional.ofNullable(startMethod);
    }

    /** Whether the sleep workload starts a thread or process per task under this model (as the JVM's per-task models). */
    public boolean startsOnePerTask() {
        return this == CPYTHON_THREAD || startMethod != null;
    }

    /** True for a label of a CPython model (one starting {@code cpython-}), known or not. */
    public static boolean isCpython(String label) {
        return label != null && label.startsWith(PREFIX);
    }

    /** The model with this label, or an error naming the accepted labels. */
    public static CpythonModel byLabel(String label) {
        return Labelled.byLabel(CpythonModel.class, "CPython model", label);
    }

    /** Every label, comma-separated. */
    public static String labels() {
        return Labelled.labels(CpythonModel.class);
    }
}

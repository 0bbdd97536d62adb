package threadsvsprocesses.experiments.memory;

import threadsvsprocesses.labels.Labelled;

/** What holds a unit of idle concurrency in the memory experiment; the label is the benchmark's {@code holder}. */
public enum HolderKind implements Labelled {
    PLATFORM_THREAD,
    VIRTUAL_THREAD,
    CHILD_JVM;

    /** The kind for a label, or a one-line error naming the accepted labels. */
    public static HolderKind byLabel(String label) {
        return Labelled.byLabel(HolderKind.class, "holder", label);
    }
}

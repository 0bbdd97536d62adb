package threadsvsprocesses.experiments.memory;

import threadsvsprocesses.experiments.Labels;

/** What holds a unit of idle concurrency in the memory experiment; the label is the benchmark's {@code holder}. */
public enum HolderKind {
    PLATFORM_THREAD("platform-thread"),
    VIRTUAL_THREAD("virtual-thread"),
    CHILD_JVM("child-jvm");

    private final String label;

    HolderKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind for a label, or a one-line error naming the accepted labels. */
    public static HolderKind byLabel(String label) {
        return Labels.byLabel(values(), HolderKind::label, "holder", label);
    }
}

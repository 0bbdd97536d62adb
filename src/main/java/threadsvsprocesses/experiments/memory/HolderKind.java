package threadsvsprocesses.experiments.memory;

import java.util.Arrays;
import java.util.stream.Collectors;

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
        for (HolderKind k : values()) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown holder '" + label + "'; accepted: "
                + Arrays.stream(values()).map(HolderKind::label).collect(Collectors.joining(", ")));
    }
}

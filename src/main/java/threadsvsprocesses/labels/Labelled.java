package threadsvsprocesses.labels;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Something the suite names in JMH parameters, files and charts: a workload, a model, or what an experiment compares.
 * Its label is its enum constant's name in lower-case kebab form ({@code MULTI_THREAD} is {@code multi-thread}), so
 * each label is spelled once, by the constant that defines it.
 */
public interface Labelled {

    /** The enum constant's name. */
    String name();

    /** The name in parameters, CSV and charts, e.g. {@code multi-thread}. */
    default String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The constant of {@code type} whose label is {@code label}, or a one-line error
     * {@code unknown <what> '<label>'; accepted: <labels, comma-separated>}.
     */
    static <E extends Enum<E> & Labelled> E byLabel(Class<E> type, String what, String label) {
        for (E value : type.getEnumConstants()) {
            if (value.label().equals(label)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + label + "'; accepted: " + labels(type));
    }

    /**
     * Whether a subject's label names child JVMs: {@code child-jvm}, or a label starting {@code process-} (the
     * suite's convention for what runs in processes, e.g. {@code process-pipe}). The planner counts the child JVMs
     * such a cell starts at once.
     */
    static boolean namesProcesses(String label) {
        return label.equals("child-jvm") || label.startsWith("process-");
    }

    /** Every label of {@code type}, in order, comma-separated. */
    static <E extends Enum<E> & Labelled> String labels(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labelled::label).collect(Collectors.joining(", "));
    }
}

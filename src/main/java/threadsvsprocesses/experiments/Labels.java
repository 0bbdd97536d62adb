package threadsvsprocesses.experiments;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The lookup behind every experiment enum's {@code byLabel}: a benchmark parameter's value to its constant. */
public final class Labels {

    private Labels() {
    }

    /**
     * The constant of {@code values} whose label is {@code label}, or a one-line error
     * {@code unknown <what> '<label>'; accepted: <labels, comma-separated>}.
     */
    public static <E> E byLabel(E[] values, Function<E, String> labelOf, String what, String label) {
        for (E value : values) {
            if (labelOf.apply(value).equals(label)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + label + "'; accepted: "
                + Arrays.stream(values).map(labelOf).collect(Collectors.joining(", ")));
    }
}

package threadsvsprocesses.run.machine;

import java.util.LinkedHashMap;
import java.util.Map;

/** The figures of a machine's description that could not be read, each with why: never guessed. */
final class Unknowns {

    private final Map<String, String> reasons = new LinkedHashMap<>();

    /** Records that {@code figure} is unknown because of {@code reason} (the first reason given stays). */
    void add(String figure, String reason) {
        reasons.putIfAbsent(figure, reason);
    }

    /** The value of {@code read}, or null with its reason recorded for {@code figure}. */
    String text(String figure, SystemFiles.Read read) {
        if (!read.ok()) {
            add(figure, read.reason());
        }
        return read.text();
    }

    Map<String, String> asMap() {
        return Map.copyOf(reasons);
    }

    /** In insertion order. */
    Map<String, String> ordered() {
        return new LinkedHashMap<>(reasons);
    }
}

package threadsvsprocesses.run;

import java.util.Map;

/**
 * The values the suite accepts for the benchmarks' numeric parameters, whether the user gives them with {@code -p} or
 * a profile sets them: each name with its range, one range per parameter, and the one-line error for a value outside.
 */
final class ParameterRanges {

    /** A closed range of whole numbers and how the error message names it. */
    private record Range(long min, long max, String text) {
    }

    private static final Range ANY = new Range(Long.MIN_VALUE, Long.MAX_VALUE, "a whole number");

    private static final Map<String, Range> RANGES = Map.ofEntries(
            Map.entry("sleepMillis", new Range(0, 60_000, "0 to 60000 ms")),
            Map.entry("tasks", new Range(1, 1_000_000, "1 to 1000000")),
            Map.entry("count", new Range(1, 1_000_000_000_000L, "1 to 10^12")),
            Map.entry("holders", new Range(1, 100_000, "1 to 100000")),
            Map.entry("messageBytes", new Range(1, 16 * 1024 * 1024, "1 to 16777216 bytes")),
            Map.entry("increments", new Range(1, 1_000_000_000L, "1 to 10^9")),
            Map.entry("waitMillis", new Range(1, 60_000, "1 to 60000 ms")),
            Map.entry("taskUnits", new Range(0, 1_000_000_000L, "0 to 10^9")),
            Map.entry("stepsPerTask", new Range(1, 10_000_000_000L, "1 to 10^10")),
            Map.entry("totalSteps", new Range(1, 1_000_000_000_000L, "1 to 10^12")));

    private ParameterRanges() {
    }

    /** {@code value} as a whole number within the range of {@code name}, written plainly; else a one-line error. */
    static String check(String name, String value) {
        long n;
        try {
            n = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(name + " must be a whole number, got '" + value + "'");
        }
        Range r = RANGES.getOrDefault(name, ANY);
        if (n < r.min() || n > r.max()) {
            throw new BadInputException(name + " out of range, got " + value + "; accepted: " + r.text());
        }
        return String.valueOf(n);
    }
}

package threadsvsprocesses.execution;

import java.util.Locale;

/**
 * Lets the suite's own tests, or a user checking a setup, make a worker JVM fail on purpose inside a real run:
 * with {@code -jvmArgsAppend -Dtvp.injectFault=crash} (or {@code garbage}, {@code hang}), the first worker of
 * every operation gets that fault instead of its job. Off unless the property is set.
 */
final class FaultInjection {

    static final String PROPERTY = "tvp.injectFault";

    private FaultInjection() {
    }

    /** The line to send for the {@code index}-th job of an operation. */
    static String lineFor(Job job, int index) {
        String fault = System.getProperty(PROPERTY);
        if (fault == null || index != 0) {
            return job.toLine();
        }
        return switch (fault.toLowerCase(Locale.ROOT)) {
            case "crash" -> "CRASH 7";
            case "garbage" -> "GARBAGE";
            case "hang" -> "HANG";
            default -> throw new IllegalArgumentException(PROPERTY + " must be crash, garbage or hang, got '" + fault + "'");
        };
    }
}

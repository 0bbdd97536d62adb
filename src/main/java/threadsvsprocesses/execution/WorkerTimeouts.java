package threadsvsprocesses.execution;

import java.time.Duration;

/** How long a parent waits for a worker JVM's answer before it kills the worker and reports a failure. */
public final class WorkerTimeouts {

    /** System property (seconds) that overrides the default; the command line sets it per profile. */
    public static final String PROPERTY = "tvp.jobTimeoutSeconds";
    private static final long DEFAULT_SECONDS = 600;

    private WorkerTimeouts() {
    }

    public static Duration jobTimeout() {
        String value = System.getProperty(PROPERTY);
        if (value == null) {
            return Duration.ofSeconds(DEFAULT_SECONDS);
        }
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        throw new IllegalArgumentException(PROPERTY + " must be a positive number of seconds, got '" + value + "'");
    }

    static long deadlineNanos() {
        return System.nanoTime() + jobTimeout().toNanos();
    }
}

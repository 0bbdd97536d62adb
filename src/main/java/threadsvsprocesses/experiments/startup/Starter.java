package threadsvsprocesses.experiments.startup;

/**
 * Starts one thread or process and waits until it has ended: the unit of the startup and launch experiments.
 *
 * <p>Each call returns a value only the started thread or process could have produced (a value the thread
 * computed; the process's pid and exit code), so that a caller who consumes it cannot have the work dropped.
 */
public interface Starter {

    /** Starts one thread or process, waits until it has ended, and returns what it produced. */
    long startAndJoin() throws Exception;

    /**
     * The starter for a subject label ({@link StarterKind}).
     *
     * @throws IllegalArgumentException for any other label, naming the accepted ones
     * @throws IllegalStateException for {@code native-process} where {@code /bin/true} is missing
     */
    static Starter byLabel(String label) {
        return StarterKind.byLabel(label).create();
    }
}

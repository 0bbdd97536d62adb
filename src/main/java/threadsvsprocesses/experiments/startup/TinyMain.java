package threadsvsprocesses.experiments.startup;

/**
 * The child JVM of the startup experiment: it exits at once, with a code of its own, so the parent can tell that
 * this main ran rather than a JVM that failed to start (which exits with 1).
 */
public final class TinyMain {

    /** The exit code that proves this main ran. */
    public static final int EXIT_CODE = 42;

    private TinyMain() {
    }

    public static void main(String[] args) {
        System.exit(EXIT_CODE);
    }
}

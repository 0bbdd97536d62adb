package threadsvsprocesses.execution;

/**
 * Whether this JVM has begun to exit (its shutdown hooks run: Ctrl-C, SIGTERM, {@code System.exit}). A worker that
 * ends then was stopped along with it, and a process pool must not start new ones in its place.
 */
final class Exiting {

    private static volatile boolean exiting;

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> exiting = true, "note-jvm-exiting"));
        } catch (IllegalStateException e) {
            exiting = true; // first used while the JVM already exits
        }
    }

    private Exiting() {
    }

    /** True once this JVM's shutdown has begun. */
    static boolean now() {
        return exiting;
    }
}

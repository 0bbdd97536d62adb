package threadsvsprocesses.experiments.launch;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Makes this JVM start its processes with a given launch mechanism ({@code POSIX_SPAWN}, {@code FORK} or
 * {@code VFORK}), as {@code -Djdk.lang.Process.launchMechanism=<mechanism>} on its command line would.
 *
 * <p>How it is applied, and why it is reliable: the JDK reads the property once, when {@code java.lang.ProcessImpl}
 * is initialised by the first process start, and never again. A JMH fork is a fresh JVM that starts no process
 * before the benchmark's {@code @Setup}, so setting the property there, before the fork's first start, has the
 * same effect as the command-line flag (JMH cannot pass a JVM flag that depends on a {@code @Param}). Two guards
 * keep it honest: {@link ProcessesStarted} refuses to apply a mechanism once this JVM has started a process
 * (say under {@code -f 0}, or a second trial in one JVM), since it would be silently ignored; and the first start
 * happens inside {@link #apply}, so a mechanism the JDK rejects fails there, not in the middle of a measurement.
 *
 * <p>What JDK 25 does on Linux (ProcessImpl.launchMechanism()): POSIX_SPAWN is the default (the JVM
 * posix_spawn()s {@code lib/jspawnhelper}, which execs the target); FORK is accepted; VFORK is accepted but
 * deprecated: the first start prints "VFORK MODE DEPRECATED" and a note to stderr. Any other value makes the
 * initialiser throw {@code Error("<value> is not a supported process launch mechanism on this platform: LINUX")},
 * after which this JVM can start no process at all; a future JDK that drops VFORK would do the same for it.
 */
public final class LaunchMechanism {

    /** The system property the JDK reads. */
    public static final String PROPERTY = "jdk.lang.Process.launchMechanism";

    /** The mechanisms some JDK has offered; which of them this JDK accepts is the JDK's to say. */
    public static final List<String> KNOWN = java.util.Arrays.stream(Mechanism.values()).map(Mechanism::label).toList();

    /** The start of the message when this JDK rejects a known mechanism: the cell is skipped, not failed. */
    public static final String UNSUPPORTED = "unsupported on this JDK: ";

    private LaunchMechanism() {
    }

    /**
     * Sets the launch mechanism for this JVM, then runs {@code firstStart}, the JVM's first process start, which
     * makes the JDK read it.
     *
     * @throws IllegalArgumentException      if {@code mechanism} is none of {@link #KNOWN}
     * @throws IllegalStateException         if this JVM already started a process under another mechanism
     * @throws UnsupportedOperationException if this JDK rejects the mechanism; its message starts with
     *                                       {@link #UNSUPPORTED}
     */
    public static void apply(String mechanism, Callable<?> firstStart) throws Exception {
        if (!KNOWN.contains(mechanism)) {
            throw new IllegalArgumentException("unknown launch mechanism '" + mechanism + "'; accepted: "
                    + String.join(", ", KNOWN));
        }
        applyAsTheJdkDecides(mechanism, firstStart);
    }

    /** {@link #apply} without the check against {@link #KNOWN}: any value goes to the JDK (for tests). */
    static void applyAsTheJdkDecides(String mechanism, Callable<?> firstStart) throws Exception {
        String current = System.getProperty(PROPERTY);
        if (ProcessesStarted.inThisJvm() && !mechanism.equals(current)) {
            throw new IllegalStateException("cannot apply launch mechanism " + mechanism + ": this JVM has already"
                    + " started a process under " + (current == null ? "the default mechanism" : current)
                    + ", and the JDK reads " + PROPERTY + " only once; run it in a fresh JMH fork (forks >= 1)");
        }
        System.setProperty(PROPERTY, mechanism);
        try {
            firstStart.call();
        } catch (Error | RuntimeException e) {
            String rejection = rejection(e);
            if (rejection == null) {
                throw e;
            }
            throw new UnsupportedOperationException(UNSUPPORTED + rejection + " (Java " + Runtime.version() + ")", e);
        }
    }

    /**
     * The JDK's reason for rejecting the mechanism, found in the failure of the first start: an
     * ExceptionInInitializerError caused by the JDK's Error on the first try, a NoClassDefFoundError naming that
     * Error on later ones. Null if the failure has another cause.
     */
    static String rejection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("launch mechanism")) {
                return message.replaceFirst("^Exception [\\w.$]+: ", "")
                        .replaceFirst(" \\[in thread .*\\]$", "")
                        .replaceAll("\\s+", " ").trim();
            }
        }
        return null;
    }
}

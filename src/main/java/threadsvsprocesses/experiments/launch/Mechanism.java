package threadsvsprocesses.experiments.launch;

import threadsvsprocesses.labels.Labelled;

/**
 * The process launch mechanisms some JDK has offered ({@code -Djdk.lang.Process.launchMechanism}); which of them this
 * JDK accepts is the JDK's to say ({@link LaunchMechanism#apply}). The constant's name is the JDK's value and the
 * label, so the launch benchmark's {@code @Param} is typed by this enum.
 */
public enum Mechanism implements Labelled {
    /** The default on Linux: the JVM posix_spawn()s {@code jspawnhelper}, which execs the target. */
    POSIX_SPAWN,
    /** fork() copies this JVM's page tables, then execs. */
    FORK,
    /** The child borrows the parent's memory until exec; deprecated in JDK 25. */
    VFORK;

    /** The name in parameters, CSV and charts: the JDK's own value, e.g. {@code POSIX_SPAWN}. */
    @Override
    public String label() {
        return name();
    }
}

package threadsvsprocesses.experiments.startup;

import threadsvsprocesses.labels.Labelled;

/**
 * What the startup experiment starts; each constant creates its {@link Starter}, so a JMH {@code @Param} names it in
 * plain words ({@code -p starter=virtual-thread}). The launch experiment starts the two process kinds.
 */
public enum StarterKind implements Labelled {

    /** A new platform (OS) thread, started and joined. */
    PLATFORM_THREAD,
    /** A new virtual thread, started and joined. */
    VIRTUAL_THREAD,
    /** A child JVM running a main that exits at once, started as the suite starts its children, and waited for. */
    CHILD_JVM,
    /** The same child JVM started with the default command (the whole class path, default flags). */
    CHILD_JVM_DEFAULT,
    /** {@code java -version}: the floor of any JVM's start-up. */
    JAVA_VERSION,
    /** {@code /bin/true}, the floor of any process start. */
    NATIVE_PROCESS;

    /** True for the kinds that start a process. */
    public boolean isProcess() {
        return this != PLATFORM_THREAD && this != VIRTUAL_THREAD;
    }

    /**
     * Creates the starter.
     *
     * @throws IllegalStateException for {@link #NATIVE_PROCESS} where {@code /bin/true} is missing
     */
    public Starter create() {
        return switch (this) {
            case PLATFORM_THREAD -> ThreadStarter.platform();
            case VIRTUAL_THREAD -> ThreadStarter.virtual();
            case CHILD_JVM -> ProcessStarter.childJvm();
            case CHILD_JVM_DEFAULT -> ProcessStarter.defaultChildJvm();
            case JAVA_VERSION -> ProcessStarter.javaVersion();
            case NATIVE_PROCESS -> ProcessStarter.nativeProcess();
        };
    }

    /** The kind for a label, or a one-line error naming the accepted labels. */
    public static StarterKind byLabel(String label) {
        return Labelled.byLabel(StarterKind.class, "starter", label);
    }
}

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
    /** A child JVM running a main that exits at once, started and waited for. */
    CHILD_JVM,
    /** {@code /bin/true}, the floor of any process start. */
    NATIVE_PROCESS;

    /** True for the kinds that start a process. */
    public boolean isProcess() {
        return this == CHILD_JVM || this == NATIVE_PROCESS;
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
            case NATIVE_PROCESS -> ProcessStarter.nativeProcess();
        };
    }

    /** The kind for a label, or a one-line error naming the accepted labels. */
    public static StarterKind byLabel(String label) {
        return Labelled.byLabel(StarterKind.class, "starter", label);
    }
}

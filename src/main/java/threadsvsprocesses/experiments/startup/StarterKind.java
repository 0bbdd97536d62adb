package threadsvsprocesses.experiments.startup;

import threadsvsprocesses.experiments.Labels;

/**
 * What the startup experiment starts; each constant creates its {@link Starter}, so a JMH {@code @Param} names it in
 * plain words ({@code -p starter=virtual-thread}). The launch experiment starts the two process kinds.
 */
public enum StarterKind {

    /** A new platform (OS) thread, started and joined. */
    PLATFORM_THREAD("platform-thread"),
    /** A new virtual thread, started and joined. */
    VIRTUAL_THREAD("virtual-thread"),
    /** A child JVM running a main that exits at once, started and waited for. */
    CHILD_JVM("child-jvm"),
    /** {@code /bin/true}, the floor of any process start. */
    NATIVE_PROCESS("native-process");

    private final String label;

    StarterKind(String label) {
        this.label = label;
    }

    /** The name in parameters, CSV and charts. */
    public String label() {
        return label;
    }

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
        return Labels.byLabel(values(), StarterKind::label, "starter", label);
    }
}

package threadsvsprocesses.experiments.runaway;

import threadsvsprocesses.execution.ParentWatch;

/**
 * The child JVM of the runaway experiment: prints {@code spinning}, then runs a {@link Spinner} on its main thread
 * that nothing inside the JVM ever releases. Only a signal from outside ends it.
 *
 * <p>Its parent names itself in {@code -Dtvp.launcherPid}, and {@link ParentWatch} halts this JVM within a fraction
 * of a second of the parent's death, even by SIGKILL: the harness's lifeline, not part of the experiment. It does
 * not watch stdin for end-of-file, as the suite's worker JVMs do, because {@link Process#destroy()} closes the
 * child's stdin right after sending SIGTERM: a child that exited at end-of-file would race the signal, and the
 * experiment would no longer show that the signal stopped it.
 */
public final class SpinMain {

    /** The line the child prints once it spins. */
    public static final String READY = "spinning";

    private SpinMain() {
    }

    public static void main(String[] args) {
        ParentWatch.installIfParentIsOurs();
        Spinner spinner = new Spinner();
        System.out.println(READY);
        System.out.flush();
        spinner.run();
    }
}

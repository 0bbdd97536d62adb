package threadsvsprocesses.experiments.startup;

import threadsvsprocesses.labels.Labelled;

/**
 * The threads the start-up throughput experiment starts in batches; the label is its benchmark's {@code starter}.
 * (Processes are started one at a time by {@link StarterKind}: many child JVMs started at once are what the
 * multi-process model costs, measured by the workloads.)
 */
public enum ThreadKind implements Labelled {

    /** New platform (OS) threads. */
    PLATFORM_THREAD,
    /** New virtual threads. */
    VIRTUAL_THREAD;

    /** Threads the start-up throughput experiment starts, then joins, per operation. */
    public static final int BATCH = 1000;

    /** A starter of this kind of thread. */
    public ThreadStarter create() {
        return this == PLATFORM_THREAD ? ThreadStarter.platform() : ThreadStarter.virtual();
    }

    /** The kind for a label, or a one-line error naming the accepted labels. */
    public static ThreadKind byLabel(String label) {
        return Labelled.byLabel(ThreadKind.class, "starter", label);
    }
}

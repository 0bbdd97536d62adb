package threadsvsprocesses.experiments.runaway;

import threadsvsprocesses.labels.Labelled;

/** What runs away in the runaway experiment; each constant starts its {@link RunawayWorker} ({@code -p worker=...}). */
public enum RunawayKind implements Labelled {

    /** A platform thread; asked to stop by {@link Thread#interrupt()}. */
    PLATFORM_THREAD,
    /** A virtual thread; asked to stop by {@link Thread#interrupt()}. */
    VIRTUAL_THREAD,
    /** A child JVM; asked to stop by {@link Process#destroy()} (SIGTERM). */
    CHILD_JVM;

    /** How it is asked to stop: "interrupt" for a thread, "destroy" for a process. */
    public String stopRequest() {
        return this == CHILD_JVM ? "destroy" : "interrupt";
    }

    /** Starts the worker and returns once it is spinning. */
    public RunawayWorker start() throws Exception {
        return switch (this) {
            case PLATFORM_THREAD -> RunawayThread.start(Thread.ofPlatform().daemon(true).name("runaway"));
            case VIRTUAL_THREAD -> RunawayThread.start(Thread.ofVirtual().name("runaway"));
            case CHILD_JVM -> RunawayChildJvm.start();
        };
    }

    /** The kind for a label, or a one-line error naming the accepted labels. */
    public static RunawayKind byLabel(String label) {
        return Labelled.byLabel(RunawayKind.class, "worker", label);
    }
}

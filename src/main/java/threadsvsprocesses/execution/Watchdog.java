package threadsvsprocesses.execution;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

/**
 * Kills worker JVMs that have not answered by the job timeout ({@link WorkerTimeouts}). The parent reads answers on
 * its own calling thread, with a plain blocking read and no timeout of its own; this daemon thread is what ends a
 * wait that would never end: it destroys every watched worker once an armed deadline passes, so the blocked read
 * sees end-of-file and the caller reports the timeout ({@link #fired()}). Arming and disarming are two volatile
 * writes, so the measured path pays nothing for it.
 */
final class Watchdog implements AutoCloseable {

    /** The longest the thread sleeps: a deadline armed while it sleeps is seen within this (timeouts are seconds). */
    private static final long TICK_NANOS = 1_000_000_000L;

    private final List<Process> watched = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile long deadline = Long.MAX_VALUE;
    private volatile boolean fired;
    private volatile boolean closed;

    Watchdog() {
        thread = new Thread(this::watch, "worker-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    /** Adds a worker to kill when a deadline passes. */
    void watch(Process p) {
        watched.add(p);
    }

    /** Stops watching every worker added so far (they have been stopped and are replaced). */
    void forgetAll() {
        watched.clear();
    }

    /** Starts the clock: the job timeout from now. */
    void arm() {
        fired = false;
        deadline = WorkerTimeouts.deadlineNanos();
    }

    /** Stops the clock. */
    void disarm() {
        deadline = Long.MAX_VALUE;
    }

    /** Whether the last armed deadline passed and the workers were killed. */
    boolean fired() {
        return fired;
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
    }

    private void watch() {
        while (!closed) {
            long d = deadline;
            long now = System.nanoTime();
            if (d != Long.MAX_VALUE && now - d >= 0) {
                fired = true;
                deadline = Long.MAX_VALUE;
                watched.forEach(Process::destroyForcibly);
            } else {
                LockSupport.parkNanos(d == Long.MAX_VALUE ? TICK_NANOS : Math.min(TICK_NANOS, d - now));
            }
        }
    }
}

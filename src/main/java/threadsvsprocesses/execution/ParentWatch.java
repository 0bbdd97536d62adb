package threadsvsprocesses.execution;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Halts this JVM within a fraction of a second when the process that started it dies.
 *
 * <p>JMH's forked VMs do not watch their host: if the run's JVM is killed with SIGKILL, a fork would go on
 * measuring, and its worker JVMs with it, until the cell ends. With this installed in the run's JVM and in every
 * fork, a kill anywhere up the chain brings down everything below it: each JVM polls its parent, and worker JVMs
 * see their stdin close the moment their JVM is gone. {@code ProcessHandle.onExit()} on a process that is not
 * our child is itself polled, and takes seconds; a short poll of {@code isAlive()} is faster and costs next to
 * nothing (a daemon thread waking five times a second).
 */
public final class ParentWatch {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    /** Set by the launcher on the JVM it starts, to the launcher's pid. */
    public static final String RELAUNCHED_PROPERTY = "tvp.launcherPid";

    private ParentWatch() {
    }

    /**
     * Starts watching this JVM's parent, where the parent is one of ours: the JMH host of a forked VM, or the
     * launcher that relaunched this JVM on a JDK 21+. A run started by a shell (say under {@code nohup}) is not
     * tied to that shell. Does nothing on a second call.
     */
    public static void installIfParentIsOurs() {
        String launcherPid = System.getProperty(RELAUNCHED_PROPERTY);
        boolean jmhFork = System.getProperty("sun.java.command", "").startsWith("org.openjdk.jmh.runner.ForkedMain");
        if ((launcherPid == null && !jmhFork) || !INSTALLED.compareAndSet(false, true)) {
            return;
        }
        // The launcher names itself, so a launcher that died before this line is still noticed; a JMH fork's host
        // is alive while the fork sets up (it is serving the fork its options).
        // (A fork inherits the launcher's property with the host's flags, so in a fork the host comes first.)
        long pid = jmhFork ? ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) : parsePid(launcherPid);
        start(pid);
    }

    /** Set on a worker JVM's command line to its parent's pid ({@link #watchParent()}). */
    public static final String PARENT_PROPERTY = "tvp.parentPid";

    /**
     * Starts watching the process that started this JVM, whoever it is: for a worker JVM, whose main thread reads
     * stdin only between jobs, so that a parent that dies in the middle of a job still takes the worker with it. The
     * parent is the pid in {@link #PARENT_PROPERTY}, else this JVM's parent; one already gone (it died while this JVM
     * was starting, so the OS may already have handed this JVM to another parent) halts this JVM at once. Does
     * nothing on a second call.
     */
    public static void watchParent() {
        if (!INSTALLED.compareAndSet(false, true)) {
            return;
        }
        String given = System.getProperty(PARENT_PROPERTY);
        long pid = given != null ? parsePid(given)
                : ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        if (pid <= 0 || ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
            System.err.println("[threads-vs-processes] the process that started this JVM is gone; stopping");
            Runtime.getRuntime().halt(3);
        }
        start(pid);
    }

    private static void start(long pid) {
        if (pid <= 0) {
            return;
        }
        Thread watcher = new Thread(() -> watch(pid), "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static long parsePid(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void watch(long pid) {
        try {
            while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                Thread.sleep(POLL.toMillis());
            }
            System.err.println("[threads-vs-processes] the process that started this JVM (pid " + pid
                    + ") is gone; stopping");
            Runtime.getRuntime().halt(3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

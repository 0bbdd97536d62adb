package threadsvsprocesses.run.machine;

import threadsvsprocesses.execution.ParentWatch;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The processes of one run of the suite: its JVM (or the launcher that relaunched it on a JDK 21+) and everything
 * below it, JMH's forked VM for the cell and the fork's worker JVMs, echo children and native processes.
 *
 * <p>Their CPU time is summed from {@code /proc/<pid>/stat}: for every live process its own user and system time, plus
 * the time of the children it has reaped ({@code cutime}, {@code cstime}). A child that starts and ends inside a cell
 * (the per-job JVMs of the multi-process model) is counted there once its parent has waited for it, which the JDK
 * does as soon as it exits; the kernel adds a reaped child's own reaped children to it in turn, so a fork that ends
 * brings its workers' time to the run's JVM. Only a process that outlives its parent and is adopted by another is
 * lost from the sum.
 */
public final class ProcessTree {

    private final long rootPid;

    private ProcessTree(long rootPid) {
        this.rootPid = rootPid;
    }

    /** This run's tree: rooted at the launcher that relaunched this JVM, if it is this JVM's parent, else at this JVM. */
    public static ProcessTree ofThisRun() {
        ProcessHandle self = ProcessHandle.current();
        String launcher = System.getProperty(ParentWatch.RELAUNCHED_PROPERTY, "").trim();
        Optional<ProcessHandle> parent = self.parent();
        if (!launcher.isEmpty() && parent.isPresent() && String.valueOf(parent.get().pid()).equals(launcher)) {
            return new ProcessTree(parent.get().pid());
        }
        return new ProcessTree(self.pid());
    }

    /** The tree below (and including) {@code pid}. */
    public static ProcessTree of(long pid) {
        return new ProcessTree(pid);
    }

    public long rootPid() {
        return rootPid;
    }

    /** The root and its live descendants, now. */
    public Set<Long> pids() {
        Set<Long> pids = new LinkedHashSet<>();
        pids.add(rootPid);
        ProcessHandle.of(rootPid).ifPresent(root -> root.descendants().forEach(p -> pids.add(p.pid())));
        return pids;
    }

    /**
     * The tree's CPU time so far in clock ticks: each live process's own time and that of the children it reaped;
     * -1 if the root's {@code /proc/<pid>/stat} cannot be read (not Linux).
     */
    public long ticks(SystemFiles files) {
        Set<Long> pids = pids();
        Optional<PidStat> root = PidStat.of(files, rootPid);
        if (root.isEmpty()) {
            return -1;
        }
        long ticks = 0;
        for (long pid : pids) {
            // a process that ended between listing and reading is in its parent's reaped time, or about to be
            ticks += PidStat.of(files, pid).map(PidStat::treeTicks).orElse(0L);
        }
        return ticks;
    }
}

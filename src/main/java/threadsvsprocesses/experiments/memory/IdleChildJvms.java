package threadsvsprocesses.experiments.memory;

import threadsvsprocesses.experiments.child.ChildJvm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code count} child JVMs running {@link IdleMain}, started as the suite starts every child JVM: each is up (it said
 * so on stdout) and idle until {@link #close()} closes its stdin.
 */
final class IdleChildJvms implements Holders {

    private final List<ChildJvm> children;

    private IdleChildJvms(List<ChildJvm> children) {
        this.children = children;
    }

    /** Starts all children at once (they boot in parallel), then waits for each one's ready line. */
    static IdleChildJvms start(int count) throws IOException {
        IdleChildJvms holders = new IdleChildJvms(new ArrayList<>(count));
        try {
            for (int i = 0; i < count; i++) {
                holders.children.add(ChildJvm.start(IdleMain.class));
            }
            for (ChildJvm child : holders.children) {
                child.awaitReady();
            }
        } catch (IOException | RuntimeException e) {
            holders.close();
            throw e;
        }
        return holders;
    }

    /**
     * Starts {@code count} fresh children, reads their memory once all are up and idle, and stops them: the sum of
     * their figures, and as the kernel's part the growth of the machine's kernel stacks since before they started
     * plus their page tables.
     */
    static Footprint measure(int count) throws IOException {
        long stacksBefore = ProcessMemory.kernelStackBytes();
        try (IdleChildJvms children = start(count)) {
            ProcessMemory total = new ProcessMemory(0, 0, 0, 0);
            for (ChildJvm child : children.children) {
                java.util.Optional<ProcessMemory> m = ProcessMemory.ofProcess(child.pid());
                if (m.isEmpty()) {
                    Footprint.sayNoProc("/proc/" + child.pid() + "/status is unreadable on " + System.getProperty("os.name"));
                    return Footprint.unknown(children.aliveCount(), children.checksum());
                }
                total = total.plus(m.get());
            }
            long stacksAfter = ProcessMemory.kernelStackBytes();
            long kernel = stacksBefore == ProcessMemory.UNKNOWN || stacksAfter == ProcessMemory.UNKNOWN
                    ? ProcessMemory.UNKNOWN : stacksAfter - stacksBefore + total.pageTables();
            return Footprint.perHolder(total, kernel, count, children.aliveCount(), children.checksum());
        }
    }

    @Override
    public int aliveCount() {
        int alive = 0;
        for (ChildJvm child : children) {
            if (child.handle().isAlive()) {
                alive++;
            }
        }
        return alive;
    }

    /** Closes every child's stdin first, so they all exit at once, then waits for each. */
    @Override
    public void close() {
        for (ChildJvm child : children) {
            try {
                child.stdin().close();
            } catch (IOException ignored) {
                // already gone; close() below waits or destroys
            }
        }
        for (ChildJvm child : children) {
            child.close();
        }
    }

    /** The children's pids summed: there is no computed result to consume, and the pids prove they ran. */
    @Override
    public long checksum() {
        long sum = 0;
        for (ChildJvm child : children) {
            sum += child.pid();
        }
        return sum;
    }

    List<ProcessHandle> handles() {
        return children.stream().map(ChildJvm::handle).toList();
    }
}

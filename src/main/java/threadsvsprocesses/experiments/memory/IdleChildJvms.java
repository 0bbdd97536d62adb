package threadsvsprocesses.experiments.memory;

import threadsvsprocesses.experiments.child.ChildJvm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code count} child JVMs running {@link IdleMain}: each is up (it said so on stdout) and idle until
 * {@link #close()} closes its stdin.
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

    /** The sum of the children's VmRSS; {@link ResidentMemory#UNKNOWN} if any one cannot be read. */
    @Override
    public long residentBytes() {
        long sum = 0;
        for (ChildJvm child : children) {
            long rss = ResidentMemory.ofProcess(child.pid());
            if (rss == ResidentMemory.UNKNOWN) {
                return ResidentMemory.UNKNOWN;
            }
            sum += rss;
        }
        return sum;
    }

    @Override
    public boolean sharesThisProcess() {
        return false;
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

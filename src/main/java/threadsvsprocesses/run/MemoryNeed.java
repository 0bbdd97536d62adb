package threadsvsprocesses.run;

import java.util.List;

/** The memory the planned cells need at most at once: the most child JVMs one cell keeps alive, plus JMH's fork. */
public final class MemoryNeed {

    /** A JMH fork: up to the memory experiment's pre-touched 512 MiB heap, and the JVM itself. */
    static final long FORK_BYTES = 640L << 20;

    private MemoryNeed() {
    }

    /** Bytes, for the check against the memory available ({@code Distortions}). */
    public static long bytes(List<PlannedCell> cells) {
        long jvms = cells.stream().filter(c -> c.status() == PlannedCell.Status.PLANNED)
                .mapToLong(CellPlanner::childJvmsAtOnce).max().orElse(0);
        return FORK_BYTES + jvms * CellPlanner.CHILD_JVM_BYTES;
    }
}

package threadsvsprocesses.report.findings;

import threadsvsprocesses.report.rows.RunRows;

import java.util.List;
import java.util.Optional;

/** Every rule of "On this machine", in the order the page reads them. */
public final class Findings {

    /** The rules: CPU-bound work, the JVM beside CPython, waiting work, start-up, memory, sharing a counter. */
    static final List<FindingRule> RULES = List.of(new CpuBoundWork(), new Runtimes(), new WaitingWork(), new StartUp(),
            new MemoryPerHolder(), new SharingACounter());

    private Findings() {
    }

    /** The findings on a run's rows, on a machine of {@code cores} processors: those the run has rows for. */
    public static List<Finding> of(RunRows rows, int cores) {
        return RULES.stream().map(r -> r.find(rows, cores)).flatMap(Optional::stream).toList();
    }
}

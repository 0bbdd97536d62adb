package threadsvsprocesses.report.findings;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.experiments.memory.HolderKind;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.Metric;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RunRows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Memory: the resident memory each holder (a parked platform thread, a virtual thread, an idle child JVM) adds, at
 * the most holders measured (where the per-holder figure is least blurred, as C5's rule reads it), and a child JVM's
 * against a platform thread's.
 */
final class MemoryPerHolder implements FindingRule {

    /** The memory experiment's secondary metric. */
    static final String METRIC = "rssBytesPerHolder";

    @Override
    public Optional<Finding> find(RunRows rows, int cores) {
        List<String> parts = new ArrayList<>();
        for (HolderKind holder : HolderKind.values()) {
            cell(rows, holder).ifPresent(r -> parts.add(holder.label() + " " + Figures.bytes(rows.secondary(r, METRIC)
                    .orElseThrow().score()) + " (at " + Figures.count(r.number("holders")) + ")"));
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Optional<Metric> thread = largest(rows, HolderKind.PLATFORM_THREAD);
        Optional<Metric> jvm = largest(rows, HolderKind.CHILD_JVM);
        String ratio = thread.isPresent() && jvm.isPresent() && thread.get().score() > 0
                ? " A child JVM holds " + Figures.ratio(jvm.get().score() / thread.get().score())
                + " the memory of a platform thread." : "";
        String text = "Resident memory per holder, at the most holders measured: " + String.join(", ", parts) + "."
                + ratio;
        return Optional.of(new Finding("Memory", text, Experiment.MEMORY.label(), "rss", ""));
    }

    /** The measured cell of {@code holder} with the most holders that has the metric. */
    private static Optional<ResultRow> cell(RunRows rows, HolderKind holder) {
        return rows.measured(Experiment.MEMORY.label(), holder.label()).stream()
                .filter(r -> rows.secondary(r, METRIC).isPresent())
                .max(Comparator.comparingDouble(r -> r.number("holders")));
    }

    private static Optional<Metric> largest(RunRows rows, HolderKind holder) {
        return cell(rows, holder).flatMap(r -> rows.secondary(r, METRIC));
    }
}

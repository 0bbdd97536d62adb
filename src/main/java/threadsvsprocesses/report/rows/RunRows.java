package threadsvsprocesses.report.rows;

import threadsvsprocesses.run.PlannedCell.Status;

import java.util.List;
import java.util.Optional;

/**
 * The rows of one run, in results.csv order, with the lookups every reader of them needs: the cells, the measured
 * cells of a workload, and a cell's secondary metrics (rows of their own).
 *
 * @param all every row: one per cell, plus one per secondary metric of a measured cell
 */
public record RunRows(List<ResultRow> all) {

    public RunRows {
        all = List.copyOf(all);
    }

    /** The cells: one primary row each. */
    public List<ResultRow> cells() {
        return all.stream().filter(ResultRow::primary).toList();
    }

    /** The rows (primary and secondary) of {@code workload}. */
    public List<ResultRow> of(String workload) {
        return all.stream().filter(r -> r.workload().equals(workload)).toList();
    }

    /** The measured cells of {@code workload}. */
    public List<ResultRow> measured(String workload) {
        return all.stream().filter(r -> r.measured() && r.workload().equals(workload)).toList();
    }

    /** The measured cells of {@code workload} whose model (or subject) is {@code model}. */
    public List<ResultRow> measured(String workload, String model) {
        return measured(workload).stream().filter(r -> r.model().equals(model)).toList();
    }

    /** The secondary metric {@code name} of {@code cell}'s cell, if it was measured and is a number. */
    public Optional<Metric> secondary(ResultRow cell, String name) {
        return all.stream()
                .filter(r -> name.equals(r.metric()) && r.status() == Status.DONE && r.sameCell(cell))
                .map(ResultRow::value)
                .filter(m -> m != null && !Double.isNaN(m.score()))
                .findFirst();
    }

    /** How many cells have {@code status}. */
    public long count(Status status) {
        return cells().stream().filter(r -> r.status() == status).count();
    }

    /** The measured cells the machine disturbed (noisy), in order. */
    public List<ResultRow> noisy() {
        return cells().stream().filter(r -> r.measured() && r.noisy()).toList();
    }

    /** The measured cells that carry a note in place of a reason (e.g. a process pool rebuilt during the cell). */
    public List<ResultRow> noted() {
        return cells().stream().filter(r -> r.status() == Status.DONE && !r.reason().isEmpty()).toList();
    }

    /** The cells that were not measured: skipped, failed or not reached. */
    public List<ResultRow> notDone() {
        return cells().stream().filter(r -> r.status() != Status.DONE).toList();
    }
}

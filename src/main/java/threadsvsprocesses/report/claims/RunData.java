package threadsvsprocesses.report.claims;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.report.rows.JmhResult;
import threadsvsprocesses.report.rows.ResultRow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rows of one run as the rules query them: measured primary rows of a workload, a secondary metric of a cell,
 * time and speedup with their errors.
 *
 * @param rows  every row of the run (as {@code results.csv} holds them)
 * @param cores processors of the machine; "all cores" in a rule means {@code workers == cores}
 */
public record RunData(List<ResultRow> rows, int cores) {

    /** The model every speedup is measured against. */
    static final String BASELINE = "single-thread";

    public RunData {
        rows = List.copyOf(rows);
    }

    /** Measured primary rows of {@code workload} whose model (or subject) is {@code model}. */
    List<ResultRow> measured(String workload, String model) {
        return rows.stream().filter(r -> r.measured() && r.workload().equals(workload) && r.model().equals(model))
                .toList();
    }

    /** Measured primary rows of {@code workload} with {@code model} at all cores ({@code workers == cores}). */
    List<ResultRow> atAllCores(String workload, String model) {
        return measured(workload, model).stream().filter(r -> r.workers() == cores).toList();
    }

    /** The time per operation of a measured row, in milliseconds, with its error. */
    static Estimate time(ResultRow r) {
        return new Estimate(r.scoreMs(), r.errorMs());
    }

    /** The value of secondary metric {@code name} of {@code row}'s cell, if it was measured and is a number. */
    Optional<Estimate> metric(ResultRow row, String name) {
        return rows.stream()
                .filter(r -> r.cell() == row.cell() && name.equals(r.metric()))
                .map(ResultRow::measurement)
                .filter(m -> m != null && !Double.isNaN(m.score()))
                .map((JmhResult.Metric m) -> new Estimate(m.score(), m.scoreError()))
                .findFirst();
    }

    /**
     * Speedup of {@code row} over the single-thread row of the same workload and size (every parameter but the
     * model and the workers equal), with its error from both times; empty without such a baseline.
     */
    Optional<Estimate> speedup(ResultRow row) {
        String key = sizeKey(row);
        return rows.stream()
                .filter(b -> b.measured() && b.workload().equals(row.workload()) && BASELINE.equals(b.model())
                        && sizeKey(b).equals(key))
                .findFirst()
                .filter(b -> row.scoreMs() > 0)
                .map(b -> time(b).over(time(row)));
    }

    /** Every parameter of the row's cell but its model (subject) and workers. */
    static String sizeKey(ResultRow r) {
        String subject = Experiment.byLabel(r.workload()).map(Experiment::subject).orElse("model");
        Map<String, String> sizes = new TreeMap<>(r.cell().params() == null ? Map.of() : r.cell().params());
        sizes.remove(subject);
        sizes.remove("workers");
        return sizes.toString();
    }

    /** A parameter of the row's cell as a number, NaN if absent or not a number. */
    static double number(ResultRow r, String param) {
        try {
            return Double.parseDouble(r.param(param).trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}

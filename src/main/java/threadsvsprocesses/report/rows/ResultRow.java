package threadsvsprocesses.report.rows;

import threadsvsprocesses.run.PlannedCell;

/**
 * One cell of the plan joined with its JMH result and the figures derived from it: one line of {@code results.csv}.
 *
 * @param cell        the planned cell
 * @param model       the execution model (the {@code model} parameter)
 * @param workers     effective workers: threads or processes working at once (0 where unknown)
 * @param tasks       the {@code tasks} parameter, empty if the workload has none
 * @param count       the {@code count} parameter, empty if the workload has none
 * @param sleepMillis the {@code sleepMillis} parameter, empty if the workload has none
 * @param result      JMH's result, null unless the cell was measured
 * @param metric      {@link #PRIMARY} for JMH's primary metric, else the name of one of its secondary metrics
 * @param scoreMs     the score in milliseconds per operation (NaN unless measured)
 * @param errorMs     the score error in milliseconds (NaN where unknown)
 * @param speedup     single-thread time divided by this time (NaN without a baseline)
 * @param efficiency  speedup divided by workers (NaN without a speedup)
 * @param status      done, skipped, failed or planned
 * @param reason      why it was skipped or failed; empty otherwise
 */
public record ResultRow(
        PlannedCell cell,
        String model,
        int workers,
        String tasks,
        String count,
        String sleepMillis,
        JmhResult result,
        String metric,
        double scoreMs,
        double errorMs,
        double speedup,
        double efficiency,
        String status,
        String reason) {

    /** Status of a measured row. */
    public static final String DONE = "done";
    /** Status of a cell not run on purpose. */
    public static final String SKIPPED = "skipped";
    /** Status of a cell that ran without a usable result. */
    public static final String FAILED = "failed";
    /** Status of a cell not reached. */
    public static final String PLANNED = "planned";

    /** The metric of a row that holds JMH's primary score. */
    public static final String PRIMARY = "primary";

    /** The workload, e.g. countdown. */
    public String workload() {
        return cell.workload() == null ? "" : cell.workload();
    }

    /** True if the row holds the primary metric (every cell has exactly one such row). */
    public boolean primary() {
        return PRIMARY.equals(metric);
    }

    /** True if the row has a usable time: a measured primary metric. */
    public boolean measured() {
        return primary() && DONE.equals(status) && result != null && !Double.isNaN(scoreMs);
    }

    /** The metric this row holds, or null unless measured. */
    public JmhResult.Metric measurement() {
        if (result == null || !DONE.equals(status)) {
            return null;
        }
        return primary() ? result.primary() : result.secondary().get(metric);
    }

    /** The value of the cell's parameter {@code name}, or "" if it has none. */
    public String param(String name) {
        return cell.params() == null ? "" : cell.params().getOrDefault(name, "");
    }

    /** Returns this row with a speedup and efficiency. */
    public ResultRow withSpeedup(double newSpeedup) {
        double eff = workers > 0 ? newSpeedup / workers : Double.NaN;
        return new ResultRow(cell, model, workers, tasks, count, sleepMillis, result, metric, scoreMs, errorMs,
                newSpeedup, eff, status, reason);
    }
}

package threadsvsprocesses.report.rows;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.workload.Workload;

import java.util.Map;

/**
 * Which figures depend on the host's scheduler: cells whose time is mostly threads or processes waiting to be woken
 * (a message answered, a lock handed over, a child started, thousands of sleepers due at once), not work done. Such a
 * figure moves with the host's load, its kernel and its virtualisation more than the run's own noise shows: two runs
 * on one machine a week apart differed by 0.5-3x there, and by 1-8% on the CPU-bound workloads. The run's report and
 * {@code compare} mark these cells, and {@code results.csv} and {@code comparison.csv} flag them
 * ({@code scheduler_bound}), so that a reader weighs them as what they are.
 *
 * <p>The cells: round-trip, message-throughput and launch, always; counter with 2 or more workers (contention
 * hands the counter's cache line, or the lock, between cores); sleep with 1,000 tasks or more (the wake-ups of that
 * many sleepers); pool-map with empty tasks ({@code taskUnits = 0}) in any pool but the plain loop (the dispatch
 * alone: hand-offs between threads or processes). What does not depend on the scheduler is measured beside them:
 * the CPU-bound workloads, pool-map with work in its tasks, memory, and the single-worker counters.
 */
public final class SchedulerBound {

    private SchedulerBound() {
    }

    /** Whether the figure of {@code row}'s cell depends on the host's scheduler. */
    public static boolean of(ResultRow row) {
        return of(row.workload(), row.model(), row.workers(), row.params());
    }

    /** {@link #of(ResultRow)} from a cell's workload, subject, workers and parameters. */
    public static boolean of(String workload, String subject, int workers, Map<String, String> params) {
        if (Workload.SLEEP.label().equals(workload)) {
            return number(params.get("tasks")) >= 1000;
        }
        return Experiment.byLabel(workload).map(e -> switch (e) {
            case ROUND_TRIP, MESSAGE_THROUGHPUT, LAUNCH -> true;
            case COUNTER -> workers >= 2;
            case POOL_MAP -> number(params.get("taskUnits")) == 0 && !RowBuilder.BASELINE_MODEL.equals(subject);
            default -> false;
        }).orElse(false);
    }

    /**
     * Which cells of {@code workload} depend on the scheduler, in words for a report ("every cell", "the cells with
     * 2 or more workers", ...); empty if none can.
     */
    public static String which(String workload) {
        if (Workload.SLEEP.label().equals(workload)) {
            return "the cells with 1,000 tasks or more (that many sleepers are due to wake at once)";
        }
        return Experiment.byLabel(workload).map(e -> switch (e) {
            case ROUND_TRIP, MESSAGE_THROUGHPUT -> "every cell (each message wakes the other side)";
            case LAUNCH -> "every cell (starting a process waits for the kernel and the new process to be scheduled)";
            case COUNTER -> "the cells with 2 or more workers (the counter's cache line, or its lock, passes between"
                    + " cores)";
            case POOL_MAP -> "the empty tasks (taskUnits = 0) in every pool but the plain loop (dispatch alone: hand-offs"
                    + " between threads or processes)";
            default -> "";
        }).orElse("");
    }

    private static double number(String s) {
        try {
            return s == null ? Double.NaN : Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}

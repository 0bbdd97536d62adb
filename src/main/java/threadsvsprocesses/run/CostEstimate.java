package threadsvsprocesses.run;

import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.run.PlannedCell;
import threadsvsprocesses.workload.Workload;

import java.time.Duration;
import java.util.Map;

/**
 * A rough guess of how long a cell takes, from the per-step costs measured on a 2-core machine. It only weighs
 * cells against each other for the ETA; the ETA then scales by how fast the finished cells really went.
 */
final class CostEstimate {

    private static final double FORK_SECONDS = 1.0;
    private static final double JVM_START_SECONDS = 0.06;

    private CostEstimate() {
    }

    static double seconds(PlannedCell cell, int forks, int iterations, int cores) {
        if (cell.status() == PlannedCell.Status.SKIPPED) {
            return 0;
        }
        return forks * (FORK_SECONDS + iterations * operationSeconds(cell.workload(), cell.params(), cores));
    }

    /** An experiment's cell: timed iterations, plus setting up its threads or child JVMs once per fork. */
    static double experimentSeconds(PlannedCell cell, int forks, int iterations, double iterationSeconds) {
        if (cell.status() == PlannedCell.Status.SKIPPED) {
            return 0;
        }
        return forks * (FORK_SECONDS + 0.5 + iterations * iterationSeconds);
    }

    private static double operationSeconds(String workload, Map<String, String> p, int cores) {
        ExecutionModel model = ExecutionModel.byLabel(p.get("model"));
        int workers = Integer.parseInt(p.get("workers"));
        if (workload.equals(Workload.SLEEP.label())) {
            long tasks = Long.parseLong(p.get("tasks"));
            double sleep = Long.parseLong(p.get("sleepMillis")) / 1000.0;
            return switch (model) {
                case SINGLE_THREAD -> tasks * sleep;
                case PROCESS_POOL -> Math.ceil((double) tasks / workers) * sleep;
                case MULTI_THREAD -> sleep + tasks * 0.0002;
                case VIRTUAL_THREAD -> sleep + tasks * 0.00002;
                case MULTI_PROCESS -> sleep + tasks * JVM_START_SECONDS / cores;
            };
        }
        double perUnit = workload.equals(Workload.COUNTDOWN.label()) ? 1.7e-9 : 0.5e-9;
        double single = Long.parseLong(p.get("count")) * perUnit;
        int parallel = model == ExecutionModel.SINGLE_THREAD ? 1 : Math.min(workers, cores);
        double start = model == ExecutionModel.MULTI_PROCESS ? JVM_START_SECONDS * Math.ceil((double) workers / cores) : 0;
        return single / parallel + start;
    }

    static String format(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}

package threadsvsprocesses.run;

import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.report.rows.SchedulerBound;
import threadsvsprocesses.run.Profile.ForkPlan;
import threadsvsprocesses.workload.Workload;

import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.TimeValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How long a cell takes, from the costs measured in the reference run on a 2-core VM (JMH's fork of a cell costs
 * about 0.4 s beyond its iterations; per-step costs of the workloads; the experiments whose single operation
 * outlasts an iteration), with the forks the cell is expected to get: its first batch, and a share of the extra
 * forks ({@link ForkPlan}) that cells of its kind needed. Cells whose figures depend on the scheduler
 * ({@link SchedulerBound}) need them more often. The run prints the total at its start, and the ETA before each cell
 * then scales by how fast the finished cells really went.
 */
final class CostEstimate {

    /** A JMH fork of a cell beyond its iterations: start the JVM, load the benchmark, set up, tear down. */
    static final double FORK_SECONDS = 0.4;
    /** CPU time a child JVM's start-up takes (on a loaded core; spread over the cores). */
    static final double JVM_START_CPU_SECONDS = 0.085;
    /** What a pool's warm-up ({@code execution.PoolWarmup}) adds to each fork, at most half a second. */
    static final double POOL_WARMUP_SECONDS = 0.3;
    /**
     * The share of cells that need forks beyond their first batch, a guess from the reference run's spread between
     * forks: most scheduler-bound cells, few others. The lead's reference runs calibrate it (plan.json says which
     * cells got more).
     */
    static final double EXTRA_SHARE_SCHEDULER_BOUND = 0.5;
    static final double EXTRA_SHARE_OTHERS = 0.15;

    private CostEstimate() {
    }

    /** The forks a cell gets: the user's {@code -f} exactly, else the profile's plan. */
    static ForkPlan forkPlan(Profile profile, Options user) {
        return user.getForkCount().hasValue() ? ForkPlan.fixed(user.getForkCount().get()) : profile.forks;
    }

    /**
     * Each cell's estimated seconds under {@code profile} and the user's overrides of forks, iterations and
     * iteration time; with {@code atCap}, as if every cell needed its fork cap.
     */
    static double[] perCell(List<PlannedCell> cells, Profile profile, Options user, int cores, boolean atCap) {
        ForkPlan forks = forkPlan(profile, user);
        int iterations = user.getWarmupIterations().orElse(profile.warmupIterations)
                + user.getMeasurementIterations().orElse(profile.measurementIterations);
        int experimentIterations = user.getWarmupIterations().orElse(profile.experiments.warmupIterations())
                + user.getMeasurementIterations().orElse(profile.experiments.measurementIterations());
        double iterationSeconds = user.getMeasurementTime()
                .orElse(TimeValue.milliseconds(profile.experiments.iterationMillis())).convertTo(TimeUnit.MILLISECONDS)
                / 1000.0;
        return cells.stream().mapToDouble(c -> {
            boolean experiment = Experiment.byLabel(c.workload()).isPresent();
            if (atCap) {
                return experiment ? maxExperimentSeconds(c, forks, experimentIterations, iterationSeconds)
                        : maxSeconds(c, forks, iterations, cores);
            }
            return experiment ? experimentSeconds(c, forks, experimentIterations, iterationSeconds)
                    : seconds(c, forks, iterations, cores);
        }).toArray();
    }

    /** A workload's cell (single shots): {@code iterations} operations per fork. */
    static double seconds(PlannedCell cell, ForkPlan forks, int iterations, int cores) {
        return seconds(cell, expectedForks(forks, cell), iterations, cores);
    }

    /** The same with every cell given its fork cap: the longest the run can take. */
    static double maxSeconds(PlannedCell cell, ForkPlan forks, int iterations, int cores) {
        return seconds(cell, (double) forks.cap(), iterations, cores);
    }

    private static double seconds(PlannedCell cell, double forks, int iterations, int cores) {
        if (cell.status() == PlannedCell.Status.SKIPPED) {
            return 0;
        }
        boolean pool = ExecutionModel.PROCESS_POOL.label().equals(cell.params().get("model"));
        return forks * (FORK_SECONDS + (pool ? POOL_WARMUP_SECONDS : 0)
                + iterations * operationSeconds(cell.workload(), cell.params(), cores));
    }

    /** An experiment's cell: timed iterations (as long as one operation at least), once per fork. */
    static double experimentSeconds(PlannedCell cell, ForkPlan forks, int iterations, double iterationSeconds) {
        return experimentSeconds(cell, expectedForks(forks, cell), iterations, iterationSeconds);
    }

    /** The same with every cell given its fork cap. */
    static double maxExperimentSeconds(PlannedCell cell, ForkPlan forks, int iterations, double iterationSeconds) {
        return experimentSeconds(cell, (double) forks.cap(), iterations, iterationSeconds);
    }

    private static double experimentSeconds(PlannedCell cell, double forks, int iterations, double iterationSeconds) {
        if (cell.status() == PlannedCell.Status.SKIPPED) {
            return 0;
        }
        boolean pool = Experiment.POOL_MAP.label().equals(cell.workload());
        return forks * (FORK_SECONDS + (pool ? POOL_WARMUP_SECONDS : 0)
                + iterations * Math.max(iterationSeconds, experimentOperationSeconds(cell)));
    }

    /** Forks a cell is expected to get: its first batch, and its kind's share of the extra forks up to the cap. */
    static double expectedForks(ForkPlan plan, PlannedCell cell) {
        if (!plan.adaptive()) {
            return Math.max(1, plan.first());
        }
        String subject = cell.params().getOrDefault(Experiment.byLabel(cell.workload()).map(Experiment::subject)
                .orElse("model"), "");
        int workers = parse(cell.params().getOrDefault("workers", "0"));
        double share = SchedulerBound.of(cell.workload(), subject, workers, cell.params())
                ? EXTRA_SHARE_SCHEDULER_BOUND : EXTRA_SHARE_OTHERS;
        return plan.first() + share * (plan.cap() - plan.first());
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
                case MULTI_THREAD -> sleep + tasks * 0.00016;
                case VIRTUAL_THREAD -> sleep + tasks * 0.000001;
                case MULTI_PROCESS -> sleep + tasks * JVM_START_CPU_SECONDS / cores;
            };
        }
        double perUnit = workload.equals(Workload.COUNTDOWN.label()) ? 1.65e-9 : 0.38e-9;
        double single = Long.parseLong(p.get("count")) * perUnit;
        int parallel = model == ExecutionModel.SINGLE_THREAD ? 1 : Math.min(workers, cores);
        double start = model == ExecutionModel.MULTI_PROCESS ? workers * JVM_START_CPU_SECONDS / cores : 0;
        return single / parallel + start;
    }

    /**
     * One operation of the experiments whose operation can outlast an iteration (from the reference run): parking
     * thousands of platform threads (superlinear), starting child JVMs to hold memory, waiting out a runaway thread,
     * a contended lock; the others take microseconds to milliseconds.
     */
    private static double experimentOperationSeconds(PlannedCell cell) {
        Map<String, String> p = cell.params();
        return Experiment.byLabel(cell.workload()).map(e -> switch (e) {
            case MEMORY -> {
                double holders = parse(p.getOrDefault("holders", "0"));
                yield switch (p.getOrDefault("holder", "")) {
                    case "platform-thread" -> holders * 1.8e-4 * Math.sqrt(Math.max(1, holders / 1000));
                    case "virtual-thread" -> holders * 1.25e-5;
                    default -> holders * 0.032;
                };
            }
            case RUNAWAY -> p.getOrDefault("worker", "").equals("child-jvm") ? 0.022
                    : parse(p.getOrDefault("waitMillis", "0")) / 1000.0;
            case COUNTER -> {
                int workers = parse(p.getOrDefault("workers", "1"));
                yield p.getOrDefault("counter", "").equals("synchronized") && workers > 1 ? 0.075 * workers : 0.02;
            }
            default -> 0.0;
        }).orElse(0.0);
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String format(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}

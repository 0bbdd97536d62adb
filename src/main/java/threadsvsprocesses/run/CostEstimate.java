package threadsvsprocesses.run;

import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.TimeValue;
import threadsvsprocesses.cpython.CpythonModel;
import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.experiments.granularity.SweepModel;
import threadsvsprocesses.run.Profile.ForkPlan;
import threadsvsprocesses.workload.Workload;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * How long a cell takes, estimated before it runs: for the plan ({@code --dry-run}), for the ETA, and recorded in
 * {@code plan.json} beside the time it really took ({@link CellSeconds}). Every constant the estimate uses is here,
 * in seconds, measured on a quiet 2-core VM (Temurin 25) from the {@code plan.json} of its {@code quick} and
 * {@code standard} runs: to calibrate, compare each cell's {@code seconds.estimated} with its {@code seconds.actual}
 * there (the test {@code PlanTimesTest} prints both per workload and experiment) and adjust the constant of the
 * cells that are off. The cost of an operation as a function of its parameters and the machine's cores is in
 * {@link OperationCost}.
 *
 * <p>A cell is {@code forks} JMH forks; each fork starts a JVM, sets up its trial (a process pool starts its JVMs
 * and warms them) and runs its warm-up and measured iterations. The forks a cell is expected to get are its first
 * batch and a share of the extra forks its {@link ForkPlan} allows; {@link #worstSeconds} gives every cell its cap. A single-shot iteration (the workloads) is one operation; a timed
 * iteration (the experiments) runs operations for the iteration's time and then ends the one in flight.
 */
public final class CostEstimate {

    /** The suite's own work around each cell: starting JMH's runner, the noise readings, plan.json. */
    static final double CELL_SECONDS = 0.1;
    /**
     * Starting a JMH fork (a JVM mapping JMH and the benchmark from the run's class-data archive, {@link ForkArchive}),
     * setting up its trial, and ending it. 0.6 s from the standard run of 2026-12-03 on a 2-core Xeon VM (workload
     * cells not retried took 0.25-0.45 s a fork more than the 0.3 s assumed before, CPython's about 0.5 s).
     */
    static final double FORK_SECONDS = 0.6;
    /**
     * What a fork of the timed experiments in {@link #DISCOUNTED} costs less than {@link #FORK_SECONDS}: their cells,
     * not retried, took 0.12-0.36 s a fork less than estimated in the standard run of 2026-12-03 (13:10, 2-core Xeon
     * VM), and 0.2-0.55 s a cell less in the quick run after it (14:53), where the workloads' cells came within 5-15%
     * and launch's within 10% (memory and the sweep are estimated apart).
     */
    static final double TIMED_EXPERIMENT_FORK_DISCOUNT = 0.25;
    /** The experiments whose forks get {@link #TIMED_EXPERIMENT_FORK_DISCOUNT}. */
    static final Set<Experiment> DISCOUNTED = EnumSet.of(Experiment.STARTUP, Experiment.STARTUP_THROUGHPUT,
            Experiment.ROUND_TRIP, Experiment.MESSAGE_THROUGHPUT, Experiment.COUNTER, Experiment.RUNAWAY,
            Experiment.POOL_MAP);
    /** JMH's own work around one single-shot iteration. */
    static final double SHOT_SECONDS = 0.002;
    /** What a pool's warm-up ({@code execution.PoolWarmup}) adds to each fork, at most half a second. */
    static final double POOL_WARMUP_SECONDS = 0.3;
    /**
     * The share of cells that get forks beyond their first batch: those whose interval after it is wider than the
     * target but within reach of the cap ({@code CellForks.reachable}). In the two quiet {@code standard} runs of
     * 2026-12-03 (17:40 and 18:03, 0.6% and 2.4% steal): the sweep's and memory's single shots 29 of 86, the
     * workloads' (JVM and CPython) 19 of 132, the timed experiments, whose iterations average many operations, 10 of
     * 168. A noisy host gives fewer (5-9% of all cells in two runs with 6-16% steal): its wide intervals are out of
     * reach. {@code plan.json} says which cells got more (each cell's {@code forks}).
     */
    static final double EXTRA_SHARE_SWEEP_AND_MEMORY = 0.33;
    static final double EXTRA_SHARE_WORKLOAD = 0.15;
    static final double EXTRA_SHARE_TIMED = 0.06;
    /**
     * A run's work outside its cells: the machine's 1-second sample and the forks' class-data archive at the start,
     * the report at the end.
     */
    static final double RUN_SECONDS = 10;
    /** The part of {@link #RUN_SECONDS} after the last cell: the report. */
    static final double REPORT_SECONDS = 5;

    private final Profile profile;
    private final Options user;
    private final OperationCost operations;
    private final CpythonCost cpython;

    /** The estimate for cells run with {@code profile}, the user's JMH options, on a machine of {@code cores}. */
    public CostEstimate(Profile profile, Options user, int cores) {
        this.profile = profile;
        this.user = user;
        this.operations = new OperationCost(cores);
        this.cpython = new CpythonCost(cores);
    }

    /** The cells, each with its estimate (0 for one that will not run). */
    public List<PlannedCell> estimated(List<PlannedCell> cells) {
        return cells.stream().map(c -> c.withSeconds(new CellSeconds(seconds(c), null))).toList();
    }

    /** The whole run's estimate: its cells' estimates and the run's own work. */
    public static double runSeconds(List<PlannedCell> cells) {
        return cells.stream().mapToDouble(CostEstimate::estimateOf).sum() + RUN_SECONDS;
    }

    /** A cell's estimate as recorded in it; 0 where none is. */
    public static double estimateOf(PlannedCell cell) {
        return cell.seconds() == null || cell.seconds().estimated() == null ? 0 : cell.seconds().estimated();
    }

    /** The forks a cell gets: the user's {@code -f} exactly, else the profile's plan. */
    static ForkPlan forkPlan(Profile profile, Options user) {
        return user.getForkCount().hasValue() ? ForkPlan.fixed(user.getForkCount().get()) : profile.forks;
    }

    /**
     * The forks {@code cell} gets: {@link #forkPlan(Profile, Options)}, except that a CPython cell of an adaptive
     * profile starts with 6 forks and may go to 12, 4 more at a time. Its forks are cheap (about a second), and its
     * claims sit near their thresholds (threads at about 1x against C2's 1.2x, processes at about 1.6x against C1's
     * 1.5x on 2 cores) while one interpreter's fork means spread by 5-8% on a VM with steal: 5 forks (Student's t of
     * 4.6 at 99%) leave such a ratio inconclusive. A first batch of 8 cost standard 65 s more and still left C1 and C2
     * inconclusive in the reference run of 2026-12-03, so the forks beyond 6 go only to the cells whose interval is
     * still wide.
     */
    static ForkPlan forkPlan(Profile profile, Options user, PlannedCell cell) {
        ForkPlan plan = forkPlan(profile, user);
        // sleep decides no claim on CPython: its cells get the JVM's plan
        boolean cpython = CpythonModel.isCpython(cell.params().getOrDefault("model", ""))
                && !Workload.SLEEP.label().equals(cell.workload());
        // the user's -f is a fixed plan, never adaptive: it stays as given
        return cpython && plan.adaptive()
                ? new ForkPlan(Math.max(plan.first(), CPYTHON_FIRST_FORKS), Math.max(plan.step(), 4),
                Math.max(plan.cap(), CPYTHON_FORK_CAP), plan.target())
                : plan;
    }

    /** A CPython cell's first batch of forks, and its cap, in an adaptive profile ({@link #forkPlan(Profile, Options, PlannedCell)}). */
    static final int CPYTHON_FIRST_FORKS = 6;
    static final int CPYTHON_FORK_CAP = 12;

    /** Seconds one cell takes with the forks it is expected to get, 0 if it will not run (skipped). */
    public double seconds(PlannedCell cell) {
        return seconds(cell, expectedForks(forkPlan(profile, user, cell), cell));
    }

    /** The whole run's longest time: every cell given its cap of forks. */
    public double worstSeconds(List<PlannedCell> cells) {
        return cells.stream().mapToDouble(c -> seconds(c, forkPlan(profile, user, c).cap())).sum() + RUN_SECONDS;
    }

    /** Forks a cell is expected to get: its first batch, and a share of the extra forks up to the cap. */
    static double expectedForks(ForkPlan plan, PlannedCell cell) {
        return plan.adaptive() ? plan.first() + extraShare(cell) * (plan.cap() - plan.first()) : plan.first();
    }

    /**
     * The estimated seconds of one fork of {@code cell} (measured with {@code plan}): its estimate, less the suite's
     * own work around it, over the forks it is expected to get.
     */
    static double perFork(PlannedCell cell, ForkPlan plan) {
        return Math.max(0, estimateOf(cell) - CELL_SECONDS) / Math.max(1, expectedForks(plan, cell));
    }

    /** The share of cells like {@code cell} that get forks beyond their first batch. */
    static double extraShare(PlannedCell cell) {
        return Experiment.byLabel(cell.workload())
                .map(e -> e == Experiment.GRANULARITY || e == Experiment.MEMORY ? EXTRA_SHARE_SWEEP_AND_MEMORY
                        : EXTRA_SHARE_TIMED)
                .orElse(EXTRA_SHARE_WORKLOAD);
    }

    private double seconds(PlannedCell cell, double forks) {
        if (cell.status() == PlannedCell.Status.SKIPPED) {
            return 0;
        }
        Optional<Experiment> experiment = Experiment.byLabel(cell.workload());
        double perFork = experiment.isPresent() ? experimentFork(experiment.get(), cell.params())
                : workloadFork(cell.workload(), cell.params());
        // -f 0 runs the benchmark in the suite's own JVM: no fork to start
        return CELL_SECONDS + (forks == 0 ? perFork - forkSeconds(experiment.orElse(null)) : forks * perFork);
    }

    /** Starting, setting up and ending one fork of {@code experiment} (null: a workload). */
    static double forkSeconds(Experiment experiment) {
        return DISCOUNTED.contains(experiment) ? FORK_SECONDS - TIMED_EXPERIMENT_FORK_DISCOUNT : FORK_SECONDS;
    }

    /** A fork of a workload: single-shot iterations, each one operation. */
    private double workloadFork(String workload, Map<String, String> p) {
        int iterations = user.getWarmupIterations().orElse(profile.warmupIterations)
                + user.getMeasurementIterations().orElse(profile.measurementIterations);
        if (CpythonModel.isCpython(p.get("model"))) {
            return FORK_SECONDS + cpython.setup(p) + iterations * (cpython.operation(Workload.byName(workload), p)
                    + SHOT_SECONDS);
        }
        double operation = operations.workload(Workload.byName(workload), p);
        boolean pool = ExecutionModel.PROCESS_POOL.label().equals(p.get("model"));
        return FORK_SECONDS + (pool ? POOL_WARMUP_SECONDS : 0) + operations.workloadSetup(p) + iterations * (operation + SHOT_SECONDS);
    }

    /** A fork of an experiment: timed iterations, each ending with the operation in flight. */
    private double experimentFork(Experiment experiment, Map<String, String> p) {
        double operation = operations.experiment(experiment, p);
        int warmups = user.getWarmupIterations().orElse(warmupIterations(profile, experiment.label()));
        int measured = user.getMeasurementIterations()
                .orElse(measurementIterations(profile, forkPlan(profile, user), experiment.label()));
        double warmupTime = seconds(user.getWarmupTime().orElse(null));
        double measureTime = seconds(user.getMeasurementTime().orElse(null));
        boolean pool = experiment == Experiment.POOL_MAP || (experiment == Experiment.GRANULARITY
                && SweepModel.byLabel(p.getOrDefault("model", "")).isPool());
        double setup = FORK_SECONDS + (pool ? POOL_WARMUP_SECONDS : 0) + operations.experimentSetup(experiment, p);
        if (experiment == Experiment.GRANULARITY) {
            // the sweep's cells are single shots: one operation per iteration, whatever the iteration time
            return setup + (warmups + measured) * (operation + SHOT_SECONDS);
        }
        return setup - (FORK_SECONDS - forkSeconds(experiment)) + warmups * timedIteration(warmupTime, operation)
                + measured * timedIteration(measureTime, operation);
    }

    /**
     * The warm-up iterations {@code profile} gives a fork of {@code workload} (a workload or an experiment's label):
     * none for an experiment whose every operation starts fresh JVMs ({@link Experiment#freshEveryOperation}).
     */
    static int warmupIterations(Profile profile, String workload) {
        return Experiment.byLabel(workload)
                .map(e -> e.freshEveryOperation() ? 0 : profile.experiments.warmupIterations())
                .orElse(profile.warmupIterations);
    }

    /**
     * The measured iterations {@code profile} gives a fork of {@code workload} (a workload or an experiment's label):
     * one for a single-shot experiment ({@link Experiment#singleShot}) in a profile of several forks. Such a fork's
     * one operation is its mean, and its forks, spread over the run's rounds, are its repetitions: a second shot in
     * the same fork adds little the next fork would not (the memory probe starts fresh JVMs for every operation
     * anyway), and costs as much as the first (10,000 platform threads take about 6 s). A cell of one fork
     * ({@code quick}, or the user's {@code -f 1}) keeps the profile's count, so that its one fork still has samples
     * to spread.
     *
     * @param plan the forks the cell gets (the user's {@code -f}, else the profile's)
     */
    static int measurementIterations(Profile profile, ForkPlan plan, String workload) {
        return Experiment.byLabel(workload)
                .map(e -> e.singleShot() && plan.first() > 1 ? 1 : profile.experiments.measurementIterations())
                .orElse(profile.measurementIterations);
    }

    /**
     * A timed iteration of {@code iteration} seconds: operations until the time is up, then the one in flight
     * (half an operation more, on average); an operation longer than the iteration is the iteration.
     */
    static double timedIteration(double iteration, double operation) {
        return Math.max(operation, iteration + operation / 2);
    }

    private double seconds(TimeValue given) {
        return given == null ? profile.experiments.iterationMillis() / 1000.0
                : given.convertTo(TimeUnit.MICROSECONDS) / 1e6;
    }
}

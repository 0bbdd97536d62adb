package threadsvsprocesses.run;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How much a run measures: JMH's fork, warm-up and measurement counts, the worker and task levels, and the caps
 * beyond which a cell is skipped (with its reason recorded) rather than run for minutes.
 */
public enum Profile {

    /** A functional check of every benchmark and model on tiny sizes; its numbers mean nothing. */
    SMOKE(ForkPlan.fixed(1), 0, 1, false, List.of(1, 10), 10, 2_000, 10, 10_000, 60,
            Map.of("count", List.of("1000000")),
            new Experiments(0, 1, 100, Map.of("holders", List.of("10"), "messageBytes", List.of("8", "16384"),
                    "increments", List.of("10000"), "tasks", List.of("100"), "taskUnits", List.of("0", "1000"),
                    "waitMillis", List.of("50"), "stepsPerTask", List.of("200000"), "totalSteps", List.of("2000000")))),
    /**
     * A first look in under 3 minutes on 2 cores: 1 worker and all cores, three task counts, one fork per cell (so
     * its intervals see only that fork's iterations, and say so).
     */
    QUICK(ForkPlan.fixed(1), 1, 3, false, List.of(1, 100, 10_000), 100, 1_000, 10, 10_000, 120, Map.of(),
            new Experiments(1, 2, 100, Map.of("holders", List.of("10", "1000"), "messageBytes", List.of("8", "16384"),
                    "increments", List.of("100000"), "stepsPerTask", List.of("1000", "100000", "10000000")))),
    /**
     * The default: intervals a reader can trust, in under 20 minutes on 2 cores. Five forks per cell, each short
     * (a warm-up and two measured single shots; a warm-up and two measured iterations of 100 ms for the
     * experiments), and three more for a cell whose interval is still wider than ±5% after them but could reach it by
     * eight. At most 32 child JVMs at once (100 sleeping child JVMs took over 3 minutes; {@code full} runs them).
     */
    STANDARD(new ForkPlan(5, 3, 8, 0.05), 1, 2, true, List.of(1, 10, 100, 1_000, 10_000), 100, 500, 32, 10_000,
            300, Map.of(), new Experiments(1, 2, 100, Map.of("messageBytes", List.of("8", "16384"),
                    "stepsPerTask", List.of("1000", "10000", "100000", "1000000", "10000000", "50000000")))),
    /** Everything, up to 100,000 virtual threads; long. */
    FULL(new ForkPlan(8, 4, 16, 0.03), 2, 5, true, List.of(1, 10, 100, 1_000, 10_000, 100_000), 100, 10_000, 200,
            10_000, 900, Map.of(), new Experiments(2, 5, 500, Map.of()));

    /**
     * How many forks a cell gets: {@code first} forks, then {@code step} more at a time while the suite's interval
     * of its primary score is wider than ±{@code target} of the score (relative half-width) and {@code cap} forks
     * could bring it there if the forks' spread stays as it is, up to {@code cap} in all. Forks, not iterations, are the independent repetitions, so forks are what narrows an interval that
     * forks disagree on; a cell whose first forks agree costs no more.
     *
     * @param first  forks of the first batch
     * @param step   forks added per further batch (0: never)
     * @param cap    most forks a cell gets
     * @param target the relative half-width a cell's interval should reach; NaN for none
     */
    public record ForkPlan(int first, int step, int cap, double target) {

        /** Always {@code forks} forks. */
        static ForkPlan fixed(int forks) {
            return new ForkPlan(forks, 0, forks, Double.NaN);
        }

        /** Whether more forks may follow the first batch. */
        public boolean adaptive() {
            return step > 0 && cap > first && !Double.isNaN(target);
        }
    }

    /**
     * How the experiments (startup, memory, messaging, ...) are measured: they are timed iterations
     * (JMH's average-time or throughput modes), not single shots.
     *
     * @param warmupIterations      warm-up iterations per fork
     * @param measurementIterations measured iterations per fork
     * @param iterationMillis       length of each iteration, in milliseconds
     * @param sizes                 parameter values this profile sets instead of the benchmarks' defaults
     */
    record Experiments(int warmupIterations, int measurementIterations, int iterationMillis,
                       Map<String, List<String>> sizes) {
    }

    /** How many forks a cell gets. */
    final ForkPlan forks;
    final int warmupIterations;
    final int measurementIterations;
    private final boolean allWorkerLevels;
    final List<Integer> taskLevels;
    final long sleepMillis;
    /** Longest sequential sleep (tasks run in turn) allowed per operation, in ms. */
    final long maxSequentialSleepMillis;
    /** Most child JVMs a multi-process operation may start at once. */
    final int maxChildJvms;
    /** Most platform threads an operation may start (the kernel refuses about 32,000 on a default Linux). */
    final int maxPlatformThreads;
    /** Seconds a parent waits for a worker JVM's answer before it kills it and records a failure. */
    public final int jobTimeoutSeconds;
    /** Parameter values this profile sets beyond the benchmarks' defaults. */
    final Map<String, List<String>> sizes;
    /** How the experiments are measured. */
    final Experiments experiments;
    /** Parameter values this profile sets for the experiments instead of their defaults. */
    final Map<String, List<String>> experimentSizes;

    Profile(ForkPlan forks, int warmupIterations, int measurementIterations, boolean allWorkerLevels,
            List<Integer> taskLevels, long sleepMillis, long maxSequentialSleepMillis, int maxChildJvms,
            int maxPlatformThreads, int jobTimeoutSeconds, Map<String, List<String>> sizes, Experiments experiments) {
        this.forks = forks;
        this.warmupIterations = warmupIterations;
        this.measurementIterations = measurementIterations;
        this.allWorkerLevels = allWorkerLevels;
        this.taskLevels = taskLevels;
        this.sleepMillis = sleepMillis;
        this.maxSequentialSleepMillis = maxSequentialSleepMillis;
        this.maxChildJvms = maxChildJvms;
        this.maxPlatformThreads = maxPlatformThreads;
        this.jobTimeoutSeconds = jobTimeoutSeconds;
        this.sizes = sizes;
        this.experiments = experiments;
        this.experimentSizes = experiments.sizes();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Worker levels for {@code cores}: 1, 2, 4, ... below the core count, the exact core count, and twice it to
     * show oversubscription, at most six levels on a machine of many cores ({@link WorkerLevels}). Quick runs and
     * smoke checks take 1 and all cores only.
     */
    List<Integer> workerLevels(int cores) {
        return workerLevels(cores, true);
    }

    /** As {@link #workerLevels(int)}, without twice the cores unless {@code twiceTheCores}. */
    List<Integer> workerLevels(int cores, boolean twiceTheCores) {
        return WorkerLevels.of(cores, allWorkerLevels, allWorkerLevels && twiceTheCores);
    }

    public static Profile byLabel(String label) {
        for (Profile p : values()) {
            if (p.label().equals(label)) {
                return p;
            }
        }
        throw new BadInputException("unknown profile '" + label + "'; accepted: " + labels());
    }

    public static String labels() {
        return Arrays.stream(values()).map(Profile::label).collect(Collectors.joining(", "));
    }
}

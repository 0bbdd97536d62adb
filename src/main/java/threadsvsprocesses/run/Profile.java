package threadsvsprocesses.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How much a run measures: JMH's fork, warm-up and measurement counts, the worker and task levels, and the caps
 * beyond which a cell is skipped (with its reason recorded) rather than run for minutes.
 */
public enum Profile {

    /** A functional check of every benchmark and model on tiny sizes; its numbers mean nothing. */
    SMOKE(1, 0, 1, false, List.of(1, 10), 10, 2_000, 10, 10_000, 60,
            Map.of("count", List.of("1000000")),
            new Experiments(0, 1, 100, Map.of("holders", List.of("10"), "messageBytes", List.of("8", "65536"),
                    "increments", List.of("10000"), "tasks", List.of("100"), "taskUnits", List.of("0", "1000"),
                    "waitMillis", List.of("50"), "stepsPerTask", List.of("200000"), "totalSteps", List.of("2000000")))),
    /** A first look in a few minutes on 2 cores: 1 worker and all cores, three task counts. */
    QUICK(1, 3, 7, false, List.of(1, 100, 10_000), 100, 1_000, 10, 10_000, 120, Map.of(),
            new Experiments(1, 3, 300, Map.of("holders", List.of("1000"), "messageBytes", List.of("8", "65536"),
                    "increments", List.of("100000"), "stepsPerTask", List.of("1000", "100000", "10000000")))),
    /** The default: error bars a reader can trust, in about 20 minutes on 2 cores. */
    STANDARD(2, 5, 10, true, List.of(1, 10, 100, 1_000, 10_000), 100, 1_000, 100, 10_000, 300, Map.of(),
            new Experiments(2, 5, 500, Map.of("stepsPerTask", List.of("1000", "10000", "100000", "1000000", "10000000",
                    "50000000")))),
    /** Everything, up to 100,000 virtual threads; long. */
    FULL(3, 5, 15, true, List.of(1, 10, 100, 1_000, 10_000, 100_000), 100, 10_000, 200, 10_000, 900, Map.of(),
            new Experiments(3, 10, 1000, Map.of()));

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

    final int forks;
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

    Profile(int forks, int warmupIterations, int measurementIterations, boolean allWorkerLevels,
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
     * show oversubscription. Quick runs and smoke checks take 1 and all cores only.
     */
    List<Integer> workerLevels(int cores) {
        TreeSet<Integer> levels = new TreeSet<>();
        levels.add(1);
        levels.add(cores);
        if (allWorkerLevels) {
            for (int w = 2; w < cores; w *= 2) {
                levels.add(w);
            }
            levels.add(2 * cores);
        }
        return new ArrayList<>(levels);
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

package threadsvsprocesses.run;

import threadsvsprocesses.execution.Dispatch;
import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.experiments.counter.CounterKind;
import threadsvsprocesses.experiments.granularity.SweepModel;
import threadsvsprocesses.experiments.memory.HolderKind;
import threadsvsprocesses.experiments.pool.PoolKind;
import threadsvsprocesses.experiments.runaway.RunawayKind;
import threadsvsprocesses.experiments.startup.StarterKind;
import threadsvsprocesses.experiments.startup.ThreadKind;
import threadsvsprocesses.labels.Labelled;
import threadsvsprocesses.workload.Workload;

import java.util.Map;

/**
 * Seconds one operation of a cell takes, and its trial's set-up, from its parameters and the machine's cores: the
 * per-step costs {@link CostEstimate} builds on. Measured on a quiet 2-core VM (see the reference run's tables);
 * work that runs in parallel is divided by the cores it can use, work on one contended lock or cache line is not.
 */
final class OperationCost {

    /** One countdown step (an xorshift step per decrement), warm or cold. */
    static final double COUNTDOWN_STEP = 1.64e-9;
    /** One term of the sum of squares. */
    static final double SQUARES_TERM = 0.375e-9;
    /** A child JVM from start to its first answer, when cores are free. */
    static final double JVM_LATENCY = 0.06;
    /** The CPU a child JVM takes to start: many at once share the cores. */
    static final double JVM_CPU = 0.085;
    /** Creating and joining one platform thread (the sleep workload's thread per task). */
    static final double THREAD_START = 1.6e-4;
    /** Creating and joining one virtual thread. */
    static final double VIRTUAL_START = 4e-6;
    /** One increment of a counter by a single worker, any variant. */
    static final double INCREMENT = 2.1e-9;
    /** One contended increment, serialised on the lock or the cache line: by variant. */
    static final Map<CounterKind, Double> CONTENDED_INCREMENT = Map.of(
            CounterKind.UNSYNCHRONIZED, 5e-9, CounterKind.SYNCHRONIZED, 78e-9, CounterKind.ATOMIC, 4.4e-9,
            CounterKind.ADDER, 1.6e-9, CounterKind.PROCESS_MAPPED, 4e-9);
    /**
     * Parking one platform thread and reading the memory: linear, plus a quadratic part (its mappings). From the two
     * quiet standard runs of 2026-12-03 17:40 and 18:03: 0.43 s an operation at 1,000 threads, 5.4 s at 10,000.
     */
    static final double PARKED_THREAD = 1.76e-4;
    static final double PARKED_THREAD_SQUARED = 3.4e-8;
    /** Parking one virtual thread (0.67 s an operation at 10,000 in the same runs). */
    static final double PARKED_VIRTUAL_THREAD = 4.5e-5;
    /** Reading the resident memory once. */
    static final double MEMORY_READING = 0.01;
    /** Starting the fresh probe JVM that holds the threads of one memory operation (0.23 s at 10 threads there). */
    static final double PROBE_JVM = 0.21;
    /** Handing one task to a pool and taking its result: threads, and worker JVMs over a pipe. */
    static final double THREAD_DISPATCH = 2e-7;
    static final double PROCESS_DISPATCH = 2e-6;
    /** Starting and joining a native process ({@code /bin/true}). */
    static final double NATIVE_PROCESS = 0.002;

    private final int cores;

    OperationCost(int cores) {
        this.cores = Math.max(1, cores);
    }

    /** Wall time of {@code n} child JVMs started at once: one's latency, or their CPU shared by the cores. */
    double childJvms(double n) {
        return n <= 0 ? 0 : Math.max(JVM_LATENCY, n * JVM_CPU / cores);
    }

    /** One operation of countdown, squares or sleep. */
    double workload(Workload workload, Map<String, String> p) {
        ExecutionModel model = ExecutionModel.byLabel(p.get("model"));
        int workers = (int) number(p, "workers", 1);
        if (workload == Workload.SLEEP) {
            double tasks = number(p, "tasks", 1);
            double sleep = number(p, "sleepMillis", 100) / 1000.0;
            return switch (model) {
                case SINGLE_THREAD -> tasks * sleep;
                case PROCESS_POOL -> Math.ceil(tasks / workers) * sleep;
                case MULTI_THREAD -> sleep + tasks * THREAD_START;
                case VIRTUAL_THREAD -> sleep + tasks * VIRTUAL_START;
                case MULTI_PROCESS -> sleep + childJvms(tasks);
            };
        }
        double perUnit = workload == Workload.COUNTDOWN ? COUNTDOWN_STEP : SQUARES_TERM;
        double single = number(p, "count", 0) * perUnit;
        int parallel = model == ExecutionModel.SINGLE_THREAD ? 1 : Math.min(workers, cores);
        double start = model == ExecutionModel.MULTI_PROCESS ? childJvms(workers) : 0;
        return single / parallel + start;
    }

    /** A workload's trial set-up, once per fork: a process pool starts its JVMs. */
    double workloadSetup(Map<String, String> p) {
        return ExecutionModel.PROCESS_POOL.label().equals(p.get("model")) ? childJvms(number(p, "workers", 1)) : 0;
    }

    /** One operation of an experiment. */
    double experiment(Experiment experiment, Map<String, String> p) {
        String subject = p.getOrDefault(experiment.subject(), "");
        return switch (experiment) {
            case STARTUP, LAUNCH -> {
                // startup names its starter, launch the process it starts under each mechanism
                String started = experiment == Experiment.LAUNCH ? p.getOrDefault("process", "") : subject;
                yield StarterKind.NATIVE_PROCESS.label().equals(started) ? NATIVE_PROCESS
                        : StarterKind.CHILD_JVM.label().equals(started) ? JVM_LATENCY : 0;
            }
            // a batch of threads started, then joined: platform threads cost a start each, virtual threads less
            case STARTUP_THROUGHPUT -> ThreadKind.BATCH
                    * (subject.equals(StarterKind.VIRTUAL_THREAD.label()) ? VIRTUAL_START : THREAD_START);
            case MEMORY -> memory(subject, number(p, "holders", 1000));
            case ROUND_TRIP, MESSAGE_THROUGHPUT -> 0;
            case COUNTER -> counter(subject, (int) number(p, "workers", 1), number(p, "increments", 1e6));
            case RUNAWAY -> RunawayKind.CHILD_JVM.label().equals(subject) ? JVM_LATENCY
                    : number(p, "waitMillis", 200) / 1000.0;
            case GRANULARITY -> sweep(SweepModel.byLabel(subject), number(p, "tasks", 1), number(p, "stepsPerTask", 1e4));
            case POOL_MAP -> poolMap(subject, (int) number(p, "workers", 1), number(p, "tasks", 1000),
                    number(p, "taskUnits", 0));
        };
    }

    /** An experiment's trial set-up, once per fork: the child JVMs of a process subject start there. */
    double experimentSetup(Experiment experiment, Map<String, String> p) {
        String subject = p.getOrDefault(experiment.subject(), "");
        if (!Labelled.namesProcesses(subject) || experiment == Experiment.MEMORY || experiment == Experiment.STARTUP
                || experiment == Experiment.RUNAWAY) {
            return 0;
        }
        return childJvms(experiment == Experiment.COUNTER || experiment == Experiment.POOL_MAP
                ? number(p, "workers", 1) : 1);
    }

    private double memory(String holder, double holders) {
        if (HolderKind.PLATFORM_THREAD.label().equals(holder)) {
            return PROBE_JVM + MEMORY_READING + holders * PARKED_THREAD + holders * holders * PARKED_THREAD_SQUARED;
        }
        if (HolderKind.VIRTUAL_THREAD.label().equals(holder)) {
            return PROBE_JVM + MEMORY_READING + holders * PARKED_VIRTUAL_THREAD;
        }
        return MEMORY_READING + childJvms(holders);
    }

    private double counter(String variant, int workers, double increments) {
        double all = workers * increments;
        if (workers <= 1) {
            return all * INCREMENT;
        }
        CounterKind kind;
        try {
            kind = CounterKind.byLabel(variant);
        } catch (IllegalArgumentException e) {
            return all * INCREMENT;
        }
        Double contended = CONTENDED_INCREMENT.get(kind);
        return contended != null ? all * contended : all * INCREMENT / Math.min(workers, cores);
    }

    /** One operation of the task-size sweep: its share of the countdown at all cores, and what each task costs to hand out. */
    private double sweep(SweepModel model, double tasks, double stepsPerTask) {
        // the operation runs its tasks whole: at the largest size, MIN_TASKS_PER_CORE tasks hold more than totalSteps
        double work = tasks * stepsPerTask * COUNTDOWN_STEP;
        if (model == SweepModel.SINGLE_THREAD) {
            return work;
        }
        double perTask = switch (model) {
            case MULTI_PROCESS -> JVM_CPU / cores;
            case MULTI_THREAD -> THREAD_START;
            case VIRTUAL_THREAD -> VIRTUAL_START;
            case PROCESS_POOL_PER_TASK -> PROCESS_DISPATCH;
            case PROCESS_POOL_CHUNKED -> PROCESS_DISPATCH * Math.min(1, 4.0 * cores / tasks);
            default -> THREAD_DISPATCH * Math.min(1, 4.0 * cores / tasks);
        };
        return work / cores + tasks * perTask;
    }

    private double poolMap(String pool, int workers, double tasks, double units) {
        double work = tasks * units * SQUARES_TERM;
        // a chunked pool sends ceil(tasks / (4 x workers)) tasks a message, as CPython's Pool.map does
        double messages = PoolKind.byLabel(pool).dispatch() == Dispatch.CHUNKED ? Math.min(tasks, 4.0 * workers) : tasks;
        double dispatch = messages * (Labelled.namesProcesses(pool) ? PROCESS_DISPATCH : THREAD_DISPATCH);
        return PoolKind.SINGLE_THREAD.label().equals(pool) ? work : work / Math.min(workers, cores) + dispatch;
    }

    static double number(Map<String, String> p, String name, double otherwise) {
        try {
            return p.containsKey(name) ? Double.parseDouble(p.get(name).trim()) : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}

package threadsvsprocesses.experiments.granularity;

import java.util.Optional;

/**
 * How many tasks one operation of the sweep has at a task size, and which models cannot run that count (or, at
 * any model, that much work) sensibly.
 *
 * <p>A cell does a fixed total of work ({@code totalSteps} countdown steps) cut into tasks of {@code stepsPerTask};
 * at least {@link #MIN_TASKS_PER_CORE} tasks per core so that large tasks can still fill every core, at most
 * {@link #MAX_TASKS} so that a per-task dispatch at a microsecond a task stays a fraction of a second, and always a
 * multiple of the core count so that the ideal speedup is the core count. Every model runs the same tasks at a
 * size, so their times divide into speedups.
 */
public final class SweepPlan {

    /** The most tasks in one operation (so the total work shrinks below {@code totalSteps} for the tiniest tasks). */
    public static final int MAX_TASKS = 20_000;
    /** The fewest tasks per core in one operation. */
    public static final int MIN_TASKS_PER_CORE = 2;
    /** The most child JVMs a child-JVM-per-task operation starts (the profile's own cap may be lower). */
    public static final int MAX_CHILD_JVMS = 32;
    /**
     * The most platform threads a thread-per-task operation starts (the profile's own cap may be lower). Starting and
     * joining one takes about 150 µs on a 2-core VM, so 10,000 of them took 1.5 s an operation against 82 ms of work
     * (speedup 0.2), and that one cell took 54-68 s of a 4-minute sweep; at 1,000 threads (speedup 0.87 there) the
     * model's break-even still lies inside the range measured.
     */
    public static final int MAX_PLATFORM_THREADS = 2_000;
    /**
     * The most countdown steps one operation does (about 3.3 s on one thread). A machine of many cores needs at least
     * {@link #MIN_TASKS_PER_CORE} tasks per core, so at the largest sizes its operation outgrows {@code totalSteps}:
     * on 256 cores, 512 tasks of 50 million steps are 42 s an operation for the single-thread baseline, minutes a
     * cell. Such a size is left out for every model (the speedups need the baseline), with the reason; a user's
     * {@code -p totalSteps} above the cap raises it to that total.
     */
    public static final long MAX_OPERATION_STEPS = 2_000_000_000L;

    private SweepPlan() {
    }

    /** Tasks per operation for tasks of {@code stepsPerTask} steps out of {@code totalSteps}, on {@code cores}. */
    public static int tasks(long stepsPerTask, long totalSteps, int cores) {
        if (stepsPerTask < 1 || totalSteps < 1 || cores < 1) {
            throw new IllegalArgumentException("steps per task, total steps and cores must be positive, got "
                    + stepsPerTask + ", " + totalSteps + ", " + cores);
        }
        long wanted = Math.max((totalSteps + stepsPerTask / 2) / stepsPerTask, (long) MIN_TASKS_PER_CORE * cores);
        long multiple = (wanted + cores - 1) / cores * cores;
        long cap = Math.max(cores, MAX_TASKS / cores * cores);
        return (int) Math.min(multiple, cap);
    }

    /**
     * Why {@code model} does not run an operation of {@code tasks} tasks of {@code stepsPerTask} (more than
     * {@link #MAX_OPERATION_STEPS} or {@code totalSteps} in all, for every model; a child JVM per task beyond
     * {@code maxChildJvms} or {@link #MAX_CHILD_JVMS}, a platform thread per task beyond {@code maxPlatformThreads}
     * or {@link #MAX_PLATFORM_THREADS}), or empty to run it.
     */
    public static Optional<String> skipReason(SweepModel model, int tasks, long stepsPerTask, long totalSteps,
                                              int maxChildJvms, int maxPlatformThreads) {
        if ((double) tasks * stepsPerTask > Math.max(MAX_OPERATION_STEPS, totalSteps)) {
            return Optional.of(tasks + " tasks of " + stepsPerTask + " steps exceed the sweep's cap of "
                    + MAX_OPERATION_STEPS / 1_000_000_000L + " billion steps per operation: the single-thread"
                    + " baseline would take seconds per operation, minutes per cell (a machine of many cores needs "
                    + MIN_TASKS_PER_CORE + " tasks per core)");
        }
        if (model == SweepModel.MULTI_PROCESS) {
            int cap = Math.min(maxChildJvms, MAX_CHILD_JVMS);
            if (tasks > cap) {
                return Optional.of("a child JVM per task would start " + tasks + " JVMs per operation, beyond the"
                        + " sweep's cap of " + cap + ": each costs tens of milliseconds of start-up");
            }
        }
        if (model == SweepModel.MULTI_THREAD) {
            int cap = Math.min(maxPlatformThreads, MAX_PLATFORM_THREADS);
            if (tasks > cap) {
                return Optional.of("a platform thread per task would start " + tasks + " threads per operation, beyond"
                        + " the sweep's cap of " + cap + ": starting and joining them would be most of the operation");
            }
        }
        return Optional.empty();
    }
}

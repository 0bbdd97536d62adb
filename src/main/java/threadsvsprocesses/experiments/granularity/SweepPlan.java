package threadsvsprocesses.experiments.granularity;

import java.util.Optional;

/**
 * How many tasks one operation of the sweep has at a task size, and which models cannot run that count sensibly.
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
     * Why {@code model} does not run an operation of {@code tasks} tasks (a child JVM per task beyond
     * {@code maxChildJvms} or {@link #MAX_CHILD_JVMS}, a platform thread per task beyond {@code maxPlatformThreads}),
     * or empty to run it.
     */
    public static Optional<String> skipReason(SweepModel model, int tasks, int maxChildJvms, int maxPlatformThreads) {
        if (model == SweepModel.MULTI_PROCESS) {
            int cap = Math.min(maxChildJvms, MAX_CHILD_JVMS);
            if (tasks > cap) {
                return Optional.of("a child JVM per task would start " + tasks + " JVMs per operation, beyond the"
                        + " sweep's cap of " + cap + ": each costs tens of milliseconds of start-up");
            }
        }
        if (model == SweepModel.MULTI_THREAD && tasks > maxPlatformThreads) {
            return Optional.of("a platform thread per task would start " + tasks + " threads per operation, beyond"
                    + " the profile's cap of " + maxPlatformThreads);
        }
        return Optional.empty();
    }
}

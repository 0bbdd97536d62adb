package threadsvsprocesses.run;

import threadsvsprocesses.experiments.granularity.SweepModel;
import threadsvsprocesses.experiments.granularity.SweepPlan;

import java.util.Map;

/**
 * The task-size sweep's cells: each gets its task count from its size and the cores ({@link SweepPlan#tasks}),
 * written into its parameters (so the CSV's {@code tasks} column and the single-thread baseline match), and is
 * skipped where its model cannot run that many tasks, or any model that much work, sensibly.
 */
final class SweepCells {

    private SweepCells() {
    }

    /** Sets {@code tasks} from {@code stepsPerTask} and {@code totalSteps}, unless the user gave it ({@code -p tasks}). */
    static void sizeTasks(Map<String, String> params, int cores, boolean userGaveTasks) {
        if (userGaveTasks && Long.parseLong(params.getOrDefault("tasks", "0")) > 0) {
            return;
        }
        long steps = Long.parseLong(params.get("stepsPerTask"));
        long total = Long.parseLong(params.get("totalSteps"));
        if (steps < 1 || total < 1) {
            throw new BadInputException("stepsPerTask and totalSteps must be positive, got " + steps + " and " + total);
        }
        params.put("tasks", String.valueOf(SweepPlan.tasks(steps, total, cores)));
    }

    /** Why the cell is not run (too much work, child JVMs or platform threads per operation), or null to run it. */
    static String skipReason(Map<String, String> params, Profile profile) {
        SweepModel model = SweepModel.byLabel(params.get("model"));
        int tasks = Integer.parseInt(params.get("tasks"));
        long stepsPerTask = Long.parseLong(params.get("stepsPerTask"));
        long totalSteps = Long.parseLong(params.get("totalSteps"));
        return SweepPlan.skipReason(model, tasks, stepsPerTask, totalSteps, profile.maxChildJvms,
                profile.maxPlatformThreads).orElse(null);
    }
}

package threadsvsprocesses.run;

import java.util.List;

/**
 * Every cell a run meant to measure, saved as {@code plan.json} in the run folder and rewritten after each cell,
 * so that skipped, failed and unreached cells are recorded and never silently missing.
 *
 * @param runId    the run's id
 * @param profile  the profile used
 * @param partial  true while the run is going, or when it was interrupted, or stopped on a noisy cell
 *                 ({@code --on-noise stop}), before its end
 * @param cells    the cells, in the order they run
 */
public record RunPlan(String runId, String profile, boolean partial, List<PlannedCell> cells) {
}

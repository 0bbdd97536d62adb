package threadsvsprocesses.report.claims;

import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.BreakEven;
import threadsvsprocesses.report.rows.SweepRows;

import java.util.List;
import java.util.Map;

/**
 * C1 and C10 on the task-size sweep: a claim about using all cores holds or fails with the size of the tasks. Each
 * deciding model is checked at the largest tasks measured (does it get there at all?), and the evidence says from
 * which work per task it does ({@link BreakEven}), with the interval; models only shown get the figure alone.
 */
public final class SweepClaims {

    private SweepClaims() {
    }

    /**
     * Adds the sweep's checks for {@code deciding} and notes for {@code shown}, each asked to reach {@code share} ×
     * cores; returns whether the run has a sweep of any deciding model (then the sweep decides the claim).
     */
    static boolean judge(RunData run, Evidence e, List<String> deciding, List<String> shown, double share) {
        Map<String, List<BreakEven.Point>> curves = SweepRows.curves(run.rows().all());
        double need = share * run.cores();
        boolean decided = false;
        for (String model : deciding) {
            List<BreakEven.Point> c = curves.get(model);
            if (c == null || c.isEmpty()) {
                continue;
            }
            BreakEven.Point last = c.get(c.size() - 1);
            String larger = SweepRows.largerSkipped(run.rows().all(), model)
                    .map(why -> "; larger tasks were not run here: " + why).orElse("");
            e.check(Check.atLeast("task size: " + model + " with " + Figures.duration(last.micros() / 1000)
                    + " of work per task (the largest measured" + larger + "): speedup",
                    new Estimate(last.speedup(), last.low(), last.high()), need, Figures::ratio));
            e.note(fromText(model, BreakEven.of(c, need), need));
            decided = true;
        }
        for (String model : shown) {
            List<BreakEven.Point> c = curves.get(model);
            if (c != null && !c.isEmpty()) {
                e.note(fromText(model, BreakEven.of(c, need), need));
            }
        }
        return decided;
    }

    private static String fromText(String model, BreakEven.Crossing c, double need) {
        return "task size: " + model + " reaches " + Figures.ratio(need) + " from " + text(c) + " of work per task";
    }

    /** A crossing in words: the figure with its interval, or where it lies beyond the range measured. */
    public static String text(BreakEven.Crossing c) {
        return switch (c.where()) {
            case INSIDE -> Figures.durationInterval(c.micros() / 1000, c.low() / 1000, c.high() / 1000)
                    + (c.certain() ? "" : ", uncertain: its interval reaches beyond the range measured");
            case BELOW_RANGE -> "at or below " + Figures.duration(c.micros() / 1000) + " (beyond the range measured)";
            case ABOVE_RANGE -> "above " + Figures.duration(c.micros() / 1000) + " (beyond the range measured)";
            case NONE -> Figures.DASH;
        };
    }
}

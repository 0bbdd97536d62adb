package threadsvsprocesses.run;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import threadsvsprocesses.report.format.Figures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calibrating the estimate: estimated against actual seconds per workload and experiment, from a run's plan.json.
 * Print a real run's with
 * {@code mvn -o -q test -Dtest=PlanTimesTest -Dtvp.planTimes=results/<run-id>/plan.json}; the constants to adjust are
 * in {@link CostEstimate} and {@link OperationCost}.
 */
class PlanTimesTest {

    /** "workload  cells  estimated  actual  actual/estimated" per workload, then the cells' and the run's totals. */
    static List<String> table(RunPlan plan) {
        Map<String, double[]> byWorkload = new LinkedHashMap<>();
        for (PlannedCell c : plan.cells()) {
            if (c.seconds() == null || c.seconds().actual() == null) {
                continue;
            }
            double[] sums = byWorkload.computeIfAbsent(c.workload(), w -> new double[3]);
            sums[0]++;
            sums[1] += c.seconds().estimated() == null ? 0 : c.seconds().estimated();
            sums[2] += c.seconds().actual();
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-20s %5s %10s %10s %8s", "workload", "cells", "estimated", "actual", "ratio"));
        double[] all = new double[3];
        byWorkload.forEach((w, s) -> {
            lines.add(row(w, s));
            for (int i = 0; i < 3; i++) {
                all[i] += s[i];
            }
        });
        lines.add(row("cells", all));
        if (plan.seconds() != null && plan.seconds().actual() != null) {
            lines.add(row("run", new double[] {plan.cells().size(), plan.seconds().estimated(), plan.seconds().actual()}));
        }
        return lines;
    }

    private static String row(String what, double[] s) {
        return String.format(Locale.ROOT, "%-20s %5d %10s %10s %8s", what, (long) s[0], Figures.number(s[1]),
                Figures.number(s[2]), s[1] > 0 ? Figures.ratio(s[2] / s[1]) : "-");
    }

    @Test
    void estimatedAndActualSecondsArePairedPerWorkload() {
        PlannedCell cell = new PlannedCell("b.X.countdown", "countdown", Map.of(), PlannedCell.Status.DONE, "", "");
        RunPlan plan = new RunPlan("r", "quick", false, List.of(
                cell.withSeconds(new CellSeconds(2.0, 3.0)), cell.withSeconds(new CellSeconds(4.0, 3.0)),
                new PlannedCell("b.X.memory", "memory", Map.of(), PlannedCell.Status.PLANNED, "", "")),
                new CellSeconds(14.0, 15.4));
        List<String> table = table(plan);
        assertEquals(List.of(
                "workload             cells  estimated     actual    ratio",
                "countdown                2          6          6    1.00\u00d7",
                "cells                    2          6          6    1.00\u00d7",
                "run                      3         14       15.4    1.10\u00d7"), table);
    }

    @Test
    void aRealRunsPlanWhenOneIsGiven() {
        String given = System.getProperty("tvp.planTimes");
        Assumptions.assumeTrue(given != null && !given.isBlank(), "no -Dtvp.planTimes=<plan.json>: nothing to print");
        Path file = Path.of(given);
        assertTrue(Files.isRegularFile(file), file + " exists");
        RunPlan plan = new RunFolder(file.toAbsolutePath().getParent()).readPlan();
        List<String> table = table(plan);
        table.forEach(System.out::println);
        assertTrue(table.size() > 2, "the plan holds measured cells with their seconds");
    }
}

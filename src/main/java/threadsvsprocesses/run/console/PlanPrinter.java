package threadsvsprocesses.run.console;

import threadsvsprocesses.report.format.CellWords;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.run.CostEstimate;
import threadsvsprocesses.run.PlannedCell;
import threadsvsprocesses.run.PlannedCell.Status;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan of a run, printed before it runs ({@code --dry-run}, {@code plan}): every cell that would run, grouped by
 * benchmark, each with its estimated time; the cells that would be skipped, each with its reason; and the estimated
 * time of the whole run.
 * <pre>
 * countdown (CountdownBenchmark.countdown): 13 cells, about 38 s
 *   countdown · single-thread · 1 worker        3 s
 *   ...
 *   skipped: countdown · multi-process · 8 workers: 8 child JVMs at once ...
 * </pre>
 */
public final class PlanPrinter {

    private PlanPrinter() {
    }

    /**
     * Prints the plan of {@code cells} (each with its estimate).
     *
     * @param what the run in words: "profile standard on 2 cores"
     */
    public static void print(List<PlannedCell> cells, String what, PrintStream out) {
        long skipped = cells.stream().filter(c -> c.status() == Status.SKIPPED).count();
        out.println("Plan: " + what + ", " + cells.size() + " cells: " + (cells.size() - skipped) + " to measure, "
                + skipped + " skipped; estimated " + Figures.about(CostEstimate.runSeconds(cells)) + ".");
        Map<String, List<PlannedCell>> byBenchmark = new LinkedHashMap<>();
        cells.forEach(c -> byBenchmark.computeIfAbsent(c.benchmark(), b -> new ArrayList<>()).add(c));
        int width = 0;
        Map<String, Set<String>> shown = new LinkedHashMap<>();
        for (Map.Entry<String, List<PlannedCell>> e : byBenchmark.entrySet()) {
            Set<String> varying = CellWords.varying(e.getValue().stream().map(PlannedCell::params).toList());
            shown.put(e.getKey(), varying);
            for (PlannedCell c : e.getValue()) {
                width = Math.max(width, CellWords.of(c.workload(), c.params(), varying).length());
            }
        }
        for (Map.Entry<String, List<PlannedCell>> e : byBenchmark.entrySet()) {
            List<PlannedCell> group = e.getValue();
            double seconds = group.stream().mapToDouble(CostEstimate::estimateOf).sum();
            long groupSkipped = group.stream().filter(c -> c.status() == Status.SKIPPED).count();
            out.println();
            out.println(group.get(0).workload() + " (" + shortName(e.getKey()) + "): " + (group.size() - groupSkipped)
                    + (group.size() - groupSkipped == 1 ? " cell" : " cells")
                    + (groupSkipped > 0 ? ", " + groupSkipped + " skipped" : "") + ", about " + Figures.about(seconds));
            for (PlannedCell c : group) {
                if (c.status() != Status.SKIPPED) {
                    String words = CellWords.of(c.workload(), c.params(), shown.get(e.getKey()));
                    out.println("  " + words + " ".repeat(Math.max(1, width + 2 - words.length()))
                            + Figures.about(CostEstimate.estimateOf(c)));
                }
            }
            for (PlannedCell c : group) {
                if (c.status() == Status.SKIPPED) {
                    out.println("  skipped: " + CellWords.of(c.workload(), c.params(), shown.get(e.getKey())) + ": "
                            + c.reason());
                }
            }
        }
        out.println();
        out.println("Nothing was run or written. Estimated " + Figures.about(CostEstimate.runSeconds(cells))
                + " in all, from per-step costs measured on a quiet 2-core VM; the ETA corrects it as the run goes.");
    }

    /** "threadsvsprocesses.benchmarks.CountdownBenchmark.countdown" gives "CountdownBenchmark.countdown". */
    private static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int type = method > 0 ? benchmark.lastIndexOf('.', method - 1) : -1;
        return benchmark.substring(type + 1);
    }
}

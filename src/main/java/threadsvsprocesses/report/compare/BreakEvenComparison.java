package threadsvsprocesses.report.compare;

import threadsvsprocesses.report.claims.SweepClaims;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.format.SubjectOrder;
import threadsvsprocesses.report.page.Block;
import threadsvsprocesses.report.page.Block.Cell;
import threadsvsprocesses.report.page.Block.Column;
import threadsvsprocesses.report.page.Block.Paragraph;
import threadsvsprocesses.report.page.Block.Row;
import threadsvsprocesses.report.page.Block.Table;
import threadsvsprocesses.report.rows.BreakEven;
import threadsvsprocesses.report.rows.SweepRows;
import threadsvsprocesses.report.rows.SweepRows.ModelBreakEven;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The task-size sweep's break-even figures of every run side by side: per model, the work per task (in each
 * machine's own single-thread time) from which it beats one thread and from which it reaches 0.9 × that machine's
 * cores, one column per run. Computed from each run's sweep cells as the run's own page computes them
 * ({@link SweepRows#breakEvens}).
 */
final class BreakEvenComparison {

    private BreakEvenComparison() {
    }

    /** A sentence and the table; empty if no run has a sweep. */
    static List<Block> of(Comparison c) {
        List<Map<String, ModelBreakEven>> byRun = new ArrayList<>();
        TreeSet<String> models = new TreeSet<>(Comparator.comparingInt(SubjectOrder::of).thenComparing(m -> m));
        for (RunResults run : c.runs()) {
            Map<String, ModelBreakEven> figures = new LinkedHashMap<>();
            SweepRows.breakEvens(new ArrayList<>(run.rows().values())).forEach(f -> figures.put(f.model(), f));
            models.addAll(figures.keySet());
            byRun.add(figures);
        }
        if (models.isEmpty()) {
            return List.of();
        }
        List<Column> columns = new ArrayList<>(List.of(Column.text("model"), Column.text("figure")));
        for (int i = 0; i < c.runs().size(); i++) {
            columns.add(Column.text(c.labels().get(i) + (i == c.baseline() ? " [baseline]" : "")));
        }
        List<Row> rows = new ArrayList<>();
        for (String model : models) {
            rows.add(row(model, "beats one thread from", byRun, ModelBreakEven::beatsOne, "first"));
            rows.add(row(model, "reaches 0.9 \u00d7 cores from", byRun, ModelBreakEven::fullSpeed, null));
        }
        return List.of(Paragraph.of("Break-even points of the task-size sweep, side by side: the work per task from"
                        + " which each model beats one thread, and from which it reaches 0.9 \u00d7 the cores of its"
                        + " own machine, in each machine's own single-thread time per task (interpolated between the"
                        + " sizes measured, with the interval in brackets). A lower figure pays off on smaller tasks."),
                new Table("break-even", columns, rows));
    }

    private static Row row(String model, String figure, List<Map<String, ModelBreakEven>> byRun,
                           Function<ModelBreakEven, BreakEven.Crossing> which, String style) {
        List<Cell> cells = new ArrayList<>(List.of(Cell.of(model), Cell.of(figure)));
        for (Map<String, ModelBreakEven> run : byRun) {
            ModelBreakEven f = run.get(model);
            cells.add(Cell.of(f == null ? Figures.DASH + " (not in this run)" : SweepClaims.text(which.apply(f))));
        }
        return new Row(style, cells);
    }
}

package threadsvsprocesses.report.page;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.report.claims.SweepClaims;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.format.SubjectOrder;
import threadsvsprocesses.report.page.Block.Bullets;
import threadsvsprocesses.report.page.Block.Cell;
import threadsvsprocesses.report.page.Block.Column;
import threadsvsprocesses.report.page.Block.Row;
import threadsvsprocesses.report.page.Block.Table;
import threadsvsprocesses.report.rows.BreakEven;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RunRows;
import threadsvsprocesses.report.rows.SweepRows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The task-size sweep's answer on the page: for each model, the work per task from which it beats one thread and
 * from which it reaches 0.9 × cores, with their intervals (a short table), and one sentence per model.
 */
final class BreakEvenTable {

    private BreakEvenTable() {
    }

    /** The table and the sentences; empty if the run has no sweep beside single-thread. */
    static List<Block> of(RunRows rows) {
        Map<String, List<BreakEven.Point>> curves = SweepRows.curves(rows.all());
        if (curves.isEmpty()) {
            return List.of();
        }
        List<Row> table = new ArrayList<>();
        List<List<Span>> sentences = new ArrayList<>();
        List<String> models = curves.keySet().stream().sorted(Comparator.comparingInt(SubjectOrder::of)).toList();
        for (String model : models) {
            List<BreakEven.Point> c = curves.get(model);
            int cores = rows.measured(Experiment.GRANULARITY.label(), model).stream()
                    .mapToInt(ResultRow::workers).max().orElse(1);
            BreakEven.Crossing one = BreakEven.of(c, 1);
            BreakEven.Crossing full = BreakEven.of(c, SweepRows.FULL_SHARE * cores);
            table.add(new Row("", List.of(Cell.of(model), Cell.of(SweepClaims.text(one)), Cell.of(SweepClaims.text(full)))));
            sentences.add(List.of(Span.text(sentence(model, one, full))));
        }
        return List.of(new Table("", List.of(Column.text("model"), Column.text("beats one thread from"),
                        Column.text("reaches 0.9 \u00d7 cores from")), table),
                new Bullets(sentences, ""));
    }

    private static String sentence(String model, BreakEven.Crossing one, BreakEven.Crossing full) {
        String pays = switch (one.where()) {
            case INSIDE -> "pays off from about " + Figures.duration(one.micros() / 1000) + " of work per task";
            case BELOW_RANGE -> "beats one thread already at the smallest tasks measured ("
                    + Figures.duration(one.micros() / 1000) + ")";
            case ABOVE_RANGE -> "does not beat one thread even at the largest tasks measured ("
                    + Figures.duration(one.micros() / 1000) + ")";
            case NONE -> "was not measured";
        };
        String reaches = switch (full.where()) {
            case INSIDE -> "reaches 0.9 \u00d7 cores from about " + Figures.duration(full.micros() / 1000);
            case BELOW_RANGE -> "reaches 0.9 \u00d7 cores already at the smallest tasks";
            case ABOVE_RANGE -> "does not reach 0.9 \u00d7 cores within the range measured";
            case NONE -> "";
        };
        return model + " " + pays + (reaches.isEmpty() ? "" : "; it " + reaches) + ".";
    }
}

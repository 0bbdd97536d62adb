package threadsvsprocesses.report.page;

import threadsvsprocesses.report.claims.SweepClaims;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.format.SubjectOrder;
import threadsvsprocesses.report.page.Block.Bullets;
import threadsvsprocesses.report.page.Block.Cell;
import threadsvsprocesses.report.page.Block.Column;
import threadsvsprocesses.report.page.Block.Row;
import threadsvsprocesses.report.page.Block.Table;
import threadsvsprocesses.report.rows.BreakEven;
import threadsvsprocesses.report.rows.RunRows;
import threadsvsprocesses.report.rows.SweepRows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The task-size sweep's answer on the page: for each model, the work per task from which it beats one thread and
 * from which it reaches 0.9 × cores, with their intervals (a short table), and one sentence per model.
 */
final class BreakEvenTable {

    private BreakEvenTable() {
    }

    /** The table and the sentences; empty if the run has no sweep beside single-thread. */
    static List<Block> of(RunRows rows) {
        List<SweepRows.ModelBreakEven> figures = SweepRows.breakEvens(rows.all());
        if (figures.isEmpty()) {
            return List.of();
        }
        List<Row> table = new ArrayList<>();
        List<List<Span>> sentences = new ArrayList<>();
        for (SweepRows.ModelBreakEven b : figures.stream()
                .sorted(Comparator.comparingInt(f -> SubjectOrder.of(f.model()))).toList()) {
            table.add(new Row("", List.of(Cell.of(b.model()), Cell.of(SweepClaims.text(b.beatsOne())),
                    Cell.of(SweepClaims.text(b.fullSpeed())))));
            sentences.add(List.of(Span.text(sentence(b.model(), b.beatsOne(), b.fullSpeed()))));
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

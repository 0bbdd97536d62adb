package threadsvsprocesses.report.page;

import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.format.SubjectOrder;
import threadsvsprocesses.report.page.Block.Cell;
import threadsvsprocesses.report.page.Block.Column;
import threadsvsprocesses.report.page.Block.Row;
import threadsvsprocesses.report.page.Block.Table;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.workload.Workload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The table of one of the three workloads: one line per cell with its model, workers, the sizes that differ between
 * cells, the time with the suite's interval, the forks behind it, the speedup, the efficiency and the status. A size shared by every cell is given
 * once, in a sentence above the table ({@link #common}).
 */
final class WorkloadTable {

    private final List<ResultRow> rows;
    private final boolean tasks;
    private final boolean counts;
    private final boolean sleeps;

    /** @param rows the cells of one workload (primary rows) */
    WorkloadTable(String workload, List<ResultRow> rows) {
        this.rows = rows;
        boolean sleep = Workload.SLEEP.label().equals(workload);
        this.tasks = sleep;
        this.counts = rows.stream().map(ResultRow::count).distinct().count() > 1;
        this.sleeps = sleep && rows.stream().map(ResultRow::sleepMillis).distinct().count() > 1;
    }

    /** A sentence giving the size shared by all rows and so left out of the table, or empty. */
    String common() {
        if (!tasks && !counts && !rows.get(0).count().isEmpty()) {
            return "count = " + Figures.count(rows.get(0).number("count"));
        }
        if (tasks && !sleeps && !rows.get(0).sleepMillis().isEmpty()) {
            return "Each task sleeps " + rows.get(0).sleepMillis() + " ms.";
        }
        return "";
    }

    /** Whether a measured cell lacks a speedup (its single-thread baseline was not measured). */
    boolean lacksBaseline() {
        return rows.stream().anyMatch(r -> r.measured() && Double.isNaN(r.speedup()));
    }

    Table table() {
        List<Column> columns = new ArrayList<>(List.of(Column.text("model"), Column.number("workers")));
        if (tasks) {
            columns.add(Column.number("tasks"));
        }
        if (counts) {
            columns.add(Column.number("count"));
        }
        if (sleeps) {
            columns.add(Column.number("sleep (ms)"));
        }
        columns.addAll(List.of(Column.number("time (ms)"), Column.number("forks"), Column.number("speedup"),
                Column.number("efficiency"), Column.text("status")));
        List<Row> lines = new ArrayList<>();
        for (ResultRow r : sorted()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(r.model()));
            cells.add(Cell.of(r.workers() > 0 ? Integer.toString(r.workers()) : ""));
            if (tasks) {
                cells.add(Cell.of(r.tasks()));
            }
            if (counts) {
                cells.add(Cell.of(r.count()));
            }
            if (sleeps) {
                cells.add(Cell.of(r.sleepMillis()));
            }
            cells.add(Cell.of(r.measured() ? Figures.withError(r.scoreMs(), r.errorMs()) : Figures.DASH));
            cells.add(Cell.of(r.measured() && r.forks() > 0 ? Integer.toString(r.forks()) : ""));
            cells.add(Cell.of(Double.isNaN(r.speedup()) ? "" : Figures.ratio(r.speedup())));
            cells.add(Cell.of(Double.isNaN(r.efficiency()) ? "" : Figures.percent(r.efficiency(), 0)));
            cells.add(Cell.of(r.status().label()));
            lines.add(new Row(r.status().label(), cells));
        }
        return new Table("rows", columns, lines);
    }

    /** The rows in table order: model, count, sleep, tasks, workers. */
    private List<ResultRow> sorted() {
        List<ResultRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt((ResultRow r) -> SubjectOrder.of(r.model()))
                .thenComparing(ResultRow::model)
                .thenComparingDouble(r -> r.number("count"))
                .thenComparingDouble(r -> r.number("sleepMillis"))
                .thenComparingDouble(r -> r.number("tasks"))
                .thenComparingInt(ResultRow::workers));
        return sorted;
    }
}

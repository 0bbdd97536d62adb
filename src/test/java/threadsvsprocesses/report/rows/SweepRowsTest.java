package threadsvsprocesses.report.rows;

import org.junit.jupiter.api.Test;
import threadsvsprocesses.run.PlannedCell.Status;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sweep's points from made-up cells: x in measured single-thread time, the speedup's interval from both times. */
class SweepRowsTest {

    private static ResultRow cell(String model, int workers, int tasks, double ms, double low, double high) {
        TreeMap<String, String> p = new TreeMap<>(Map.of("model", model, "stepsPerTask", "1000", "tasks",
                Integer.toString(tasks), "totalSteps", "100000000", "workers", Integer.toString(workers)));
        Interval interval = new Interval(low, high, 5, Double.NaN, Double.NaN, Interval.Basis.FORKS);
        return new ResultRow("b.granularity", "granularity", model, workers, p, ResultRow.PRIMARY, "ss",
                new Metric(ms, Double.NaN, "ms/op", 10, Double.NaN, interval), ms, Double.NaN, Double.NaN,
                Status.DONE, "");
    }

    @Test
    void aPointsIntervalComesFromTheSingleThreadsAndTheModelsTimes() {
        List<ResultRow> rows = List.of(cell("single-thread", 1, 1000, 100, 90, 110),
                cell("virtual-thread", 2, 1000, 50, 40, 60));
        BreakEven.Point p = SweepRows.curves(rows).get("virtual-thread").get(0);
        assertEquals(100.0, p.micros(), 1e-9, "100 ms of single-thread work over 1,000 tasks");
        assertEquals(2.0, p.speedup(), 1e-9);
        assertEquals(90.0 / 60, p.low(), 1e-9, "the slowest model time against the fastest single thread");
        assertEquals(110.0 / 40, p.high(), 1e-9);
        assertEquals(100.0, SweepRows.workPerTaskMicros(rows, rows.get(1)), 1e-9, "the same x for every model");
        assertEquals(100.0, SweepRows.workPerTaskMicros(rows, rows.get(0)), 1e-9);
    }

    @Test
    void breakEvenRowsAreFiguresPerModelNotCells() {
        List<ResultRow> rows = SweepRows.withBreakEvens(List.of(cell("single-thread", 1, 1000, 100, 99, 101),
                cell("virtual-thread", 2, 1000, 50, 49, 51)));
        assertEquals(4, rows.size());
        assertFalse(SweepRows.isBreakEven(rows.get(0)));
        assertTrue(rows.subList(2, 4).stream().allMatch(SweepRows::isBreakEven));
        assertTrue(Double.isNaN(SweepRows.workPerTaskMicros(rows, rows.get(2))), "no size, no work per task");
        assertEquals(1, SweepRows.breakEvens(rows).size(), "the break-even rows add no curve");
    }
}

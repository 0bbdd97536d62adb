package threadsvsprocesses.report.claims;

import org.junit.jupiter.api.Test;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.SweepRows;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static threadsvsprocesses.report.claims.MadeUpRun.cpu;
import static threadsvsprocesses.report.claims.MadeUpRun.p;
import static threadsvsprocesses.report.claims.Verdict.DOES_NOT_HOLD;
import static threadsvsprocesses.report.claims.Verdict.HOLDS;

/** C1 and C10 restated on made-up task-size sweeps (4 cores: 0.75 x cores = 3x); the fixed sizes become figures. */
class SweepClaimsTest {

    private static final String[] STEPS = {"1000", "100000", "10000000"};
    private static final String[] TASKS = {"40000", "400", "4"};
    /** Single-thread 100 ms in all at every size, so 2.5 µs, 250 µs and 25 ms of work per task. */
    private static final double SINGLE_MS = 100;

    /** A sweep where {@code model} has these speedups at the three sizes (interval ± 2%). */
    private static MadeUpRun sweep(MadeUpRun run, String model, double... speedups) {
        for (int i = 0; i < STEPS.length; i++) {
            run.cell("granularity", SINGLE_MS / speedups[i], SINGLE_MS / speedups[i] * 0.02, p("model", model,
                    "stepsPerTask", STEPS[i], "tasks", TASKS[i], "totalSteps", "100000000", "workers", "4"));
        }
        return run;
    }

    private static MadeUpRun baseline() {
        MadeUpRun run = new MadeUpRun();
        for (int i = 0; i < STEPS.length; i++) {
            run.cell("granularity", SINGLE_MS, 1, p("model", "single-thread", "stepsPerTask", STEPS[i], "tasks", TASKS[i],
                    "totalSteps", "100000000", "workers", "1"));
        }
        // a fixed-size process-pool cell that fails C1 by the old rule: with a sweep it is only a figure
        return run.cell("countdown", 800, 8, cpu("single-thread", 1)).cell("countdown", 600, 10, cpu("process-pool", 4));
    }

    @Test
    void c1HoldsFromTheSizeAtWhichTheProcessesReachTheCores() {
        MadeUpRun run = sweep(sweep(baseline(), "process-pool-chunked", 0.5, 2, 3.8), "multi-process", 0.01, 0.2, 3.5);
        ClaimResult c1 = run.judge(new C1ProcessesUseAllCores());
        assertEquals(HOLDS, c1.verdict(), c1.evidenceLine());
        assertTrue(c1.evidenceLine().contains("task size: process-pool-chunked reaches 3.00\u00d7 from"), c1.evidenceLine());
        assertTrue(c1.evidenceLine().contains("process-pool at 4 workers: speedup 1.33\u00d7"),
                "the old fixed-size check stays as a figure: " + c1.evidenceLine());

        MadeUpRun never = sweep(sweep(baseline(), "process-pool-chunked", 0.5, 2, 3.8), "multi-process", 0.01, 0.2, 1);
        ClaimResult fails = never.judge(new C1ProcessesUseAllCores());
        assertEquals(DOES_NOT_HOLD, fails.verdict(), fails.evidenceLine());
        assertTrue(fails.evidenceLine().contains("beyond the range measured"), fails.evidenceLine());
    }

    @Test
    void theEvidenceSaysWhyTheLargestTasksMeasuredAreNotTheSweepsLargest() {
        // a machine of many cores: the largest size would exceed the step cap, so C1 is judged one size below it
        String why = "4 tasks of 50000000 steps is 200000000 steps an operation, over the sweep's cap";
        MadeUpRun run = sweep(sweep(baseline(), "process-pool-chunked", 0.5, 2, 3.8), "multi-process", 0.01, 0.2, 3.5);
        for (String model : new String[] {"single-thread", "process-pool-chunked", "multi-process"}) {
            run.skipped("granularity", p("model", model, "stepsPerTask", "50000000", "tasks", "8", "totalSteps",
                    "100000000", "workers", "4"), why);
        }
        ClaimResult c1 = run.judge(new C1ProcessesUseAllCores());
        assertEquals(HOLDS, c1.verdict(), c1.evidenceLine());
        assertTrue(c1.evidenceLine().contains("of work per task (the largest measured; larger tasks were not run here: "
                + why + "): speedup"), c1.evidenceLine());
        ClaimResult plain = sweep(sweep(baseline(), "process-pool-chunked", 0.5, 2, 3.8), "multi-process", 0.01, 0.2,
                3.5).judge(new C1ProcessesUseAllCores());
        assertTrue(plain.evidenceLine().contains("of work per task (the largest measured): speedup"),
                "nothing to say where no larger size was skipped: " + plain.evidenceLine());
    }

    @Test
    void c10FailsIfAChunkedPoolNeverReachesTheCoresWithinTheRange() {
        MadeUpRun run = sweep(sweep(baseline(), "thread-pool-chunked", 2, 3.9, 3.95), "process-pool-chunked", 0.5, 2, 2.5);
        assertEquals(DOES_NOT_HOLD, run.judge(new C10PoolsDivideWork()).verdict());
        MadeUpRun both = sweep(sweep(baseline(), "thread-pool-chunked", 2, 3.9, 3.95), "process-pool-chunked", 0.5, 2, 3.9);
        assertEquals(HOLDS, both.judge(new C10PoolsDivideWork()).verdict());
    }

    @Test
    void breakEvenRowsAreWrittenPerModelWithTheirInterval() {
        MadeUpRun run = sweep(baseline(), "thread-pool-chunked", 0.5, 2, 3.9);
        List<ResultRow> rows = SweepRows.withBreakEvens(run.rows().all());
        ResultRow breakEven = rows.stream().filter(r -> r.metric().equals(SweepRows.BREAK_EVEN)).findFirst().orElseThrow();
        assertEquals("thread-pool-chunked", breakEven.model());
        // speedup 0.5 at 2.5 µs, 2 at 250 µs: 1 lies a third of the way in log space
        assertEquals(2.5 * Math.pow(100, 1.0 / 3), breakEven.score(), 1e-6);
        assertTrue(breakEven.interval().low() < breakEven.score() && breakEven.interval().high() > breakEven.score());
        ResultRow full = rows.stream().filter(r -> r.metric().equals(SweepRows.FULL_SPEED)).findFirst().orElseThrow();
        assertTrue(full.score() > 250 && full.score() < 25_000, "0.9 x 4 = 3.6 between 2x and 3.9x: " + full.score());
        MadeUpRun slow = sweep(baseline(), "multi-process", 0.01, 0.1, 0.5);
        ResultRow beyond = SweepRows.withBreakEvens(slow.rows().all()).stream()
                .filter(r -> r.metric().equals(SweepRows.BREAK_EVEN)).findFirst().orElseThrow();
        assertTrue(beyond.reason().startsWith("beyond the range measured"), beyond.reason());
    }
}

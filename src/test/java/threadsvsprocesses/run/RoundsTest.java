package threadsvsprocesses.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.report.RunFixture;
import threadsvsprocesses.run.Profile.ForkPlan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rounds' bookkeeping: how many rounds a run has, what its cells are still due, and that a wide cell gets more
 * forks only while they fit the run's estimate (else it is done, and its record says why).
 */
class RoundsTest {

    private static final String BENCH = "threadsvsprocesses.benchmarks.CountdownBenchmark.countdown";
    private static final ForkPlan PLAN = new ForkPlan(5, 3, 8, 0.05);
    /** Five forks about ±7% apart: wider than ±5%, within reach of 8 forks. */
    private static final double[] WIDE = {100, 104, 96, 103, 97};
    private static final double[] NARROW = {100, 100.5, 99.5, 100.2, 99.8};

    @TempDir
    Path tmp;

    private static CellRun cell(int index, double forkSeconds) {
        PlannedCell planned = new PlannedCell(BENCH, "countdown", Map.of("model", "m" + index),
                PlannedCell.Status.PLANNED, "", "");
        return new CellRun(index, planned, PLAN, "cell-" + index, forkSeconds);
    }

    /** Measures one fork of {@code run} per mean, as its rounds would. */
    private void measure(CellRun run, double... means) throws Exception {
        for (double m : means) {
            Path part = tmp.resolve(run.index + "-fork-" + (run.forks.forks() + 1) + ".json");
            Files.writeString(part, "[\n" + RunFixture.result(BENCH, run.cell.params(), m, null, "ms/op",
                    new double[] {m * 0.999, m, m * 1.001}) + "\n]\n");
            run.forks.measured(part, new CellForks.Run(true, ""));
        }
    }

    @Test
    void theRoundsAreTheMostForksACellIsStillDue() throws Exception {
        CellRun a = cell(0, 1.0);
        CellRun b = cell(1, 1.0);
        Rounds rounds = new Rounds(java.util.Arrays.asList(a, null, b), 1_000);
        assertEquals(List.of(a, b), rounds.due(), "the cells measured, in plan order");
        assertEquals(5, rounds.rounds(1));
        measure(a, 100, 101);
        measure(b, 100, 101);
        assertEquals(5, rounds.rounds(3), "two rounds done, three to go");
        assertEquals(3 * 1.0 + 3 * 1.0 + 2 * CostEstimate.CELL_SECONDS + CostEstimate.REPORT_SECONDS,
                rounds.remainingSeconds(), 1e-9);
    }

    @Test
    void aWideCellGetsMoreForksWhileTheyFitTheEstimate() throws Exception {
        CellRun wide = cell(0, 2.0);
        Rounds rounds = new Rounds(List.of(wide), 100);
        measure(wide, WIDE);
        assertTrue(rounds.addForks(wide, 10), "3 forks of 2 s fit 10 s into a run of 100");
        assertEquals(8, wide.forks.planned());
        assertEquals(3, wide.forks.remaining());
        assertEquals(8, rounds.rounds(6), "round 6 starts the three more forks it gets: 8 rounds in all");
    }

    @Test
    void moreForksThatWouldTakeTheRunPastItsEstimateAreNotMeasuredAndTheRecordSaysSo() throws Exception {
        CellRun wide = cell(0, 2.0);
        CellRun other = cell(1, 2.0);
        Rounds rounds = new Rounds(List.of(wide, other), 30);
        measure(wide, WIDE);
        measure(other, 100);
        // 20 s so far + 3 forks of 2 s + the other's 4 forks of 2 s and the report: beyond 30 s
        assertFalse(rounds.addForks(wide, 20));
        assertEquals(5, wide.forks.planned());
        assertEquals(-1, wide.forks.due());
        PlannedCell.Forks forks = wide.forks.finish(tmp.resolve("001-wide.json")).forks();
        assertTrue(forks.why().endsWith("(target \u00b15%; 3 more did not fit the run's estimate)"), forks.why());
    }

    @Test
    void aCellWhoseForksAgreeIsDoneWithoutAskingForTime() throws Exception {
        CellRun narrow = cell(0, 2.0);
        Rounds rounds = new Rounds(List.of(narrow), 0);
        measure(narrow, NARROW);
        assertFalse(rounds.addForks(narrow, 0));
        PlannedCell.Forks forks = narrow.forks.finish(tmp.resolve("001-narrow.json")).forks();
        assertTrue(forks.why().endsWith("after 5 (target \u00b15%)"), forks.why());
    }
}

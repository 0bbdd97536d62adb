package threadsvsprocesses.run.noise;

import org.junit.jupiter.api.Test;
import threadsvsprocesses.run.CellSeconds;
import threadsvsprocesses.run.PlannedCell;
import threadsvsprocesses.run.PlannedCell.Status;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The share of the CPUs others took during a run: each measured cell's foreign CPU and steal, weighted by its time. */
class RunDisturbanceTest {

    private static PlannedCell cell(Status status, CellNoise noise, Double actualSeconds) {
        return new PlannedCell("b", "countdown", Map.of("model", "single-thread"), status, "", "f.json")
                .withNoise(noise, null).withSeconds(new CellSeconds(1.0, actualSeconds));
    }

    private static CellNoise noise(double foreign, double steal) {
        return new CellNoise(foreign, steal, 2, foreign + steal > 0.05, false, null);
    }

    @Test
    void longerCellsWeighMoreAndBothForeignCpuAndStealCount() {
        OptionalDouble share = RunDisturbance.of(List.of(
                cell(Status.DONE, noise(0.0, 0.30), 3.0),
                cell(Status.DONE, noise(0.02, 0.08), 1.0)));
        assertEquals((0.30 * 3 + 0.10 * 1) / 4, share.orElseThrow(), 1e-12);
    }

    @Test
    void aCellMeasuredTwiceCountsBothAttemptsNotOnlyTheQuieterOneItKept() {
        PlannedCell retried = new PlannedCell("b", "countdown", Map.of("model", "single-thread"), Status.DONE, "", "f.json")
                .withNoise(noise(0.0, 0.02), List.of(new Attempt(1, "done", "a1.json", noise(0.0, 0.30), false),
                        new Attempt(2, "done", "f.json", noise(0.0, 0.02), true)))
                .withSeconds(new CellSeconds(1.0, 4.0));
        OptionalDouble share = RunDisturbance.of(List.of(retried, cell(Status.DONE, noise(0.0, 0.10), 4.0)));
        assertEquals(((0.30 + 0.02) / 2 * 4 + 0.10 * 4) / 8, share.orElseThrow(), 1e-12);
    }

    @Test
    void aRetriedForkCountsAsOneForkMoreBesideTheCellsForks() {
        // five forks whose kept noise averages 2% steal; fork 3's first attempt, not kept, saw 30%
        PlannedCell retried = new PlannedCell("b", "countdown", Map.of("model", "single-thread"), Status.DONE, "", "f.json")
                .withNoise(noise(0.0, 0.02), List.of(new Attempt(1, "done", "n1.json", noise(0.0, 0.30), false, 3),
                        new Attempt(2, "done", "f.json", noise(0.0, 0.01), true, 3)))
                .withForks(new PlannedCell.Forks(5, "5 forks"))
                .withSeconds(new CellSeconds(1.0, 6.0));
        OptionalDouble share = RunDisturbance.of(List.of(retried));
        assertEquals((0.02 * 5 + 0.30) / 6, share.orElseThrow(), 1e-12);
    }

    @Test
    void aCellsNoiseIsItsForksWeightedByTheirSecondsAndNoisyIfAKeptForkWas() {
        CellNoise cell = CellNoise.over(List.of(noise(0.0, 0.02), noise(0.10, 0.0), noise(0.0, 0.0)),
                List.of(2.0, 1.0, 1.0));
        assertEquals(0.10 / 4, cell.foreignCpu(), 1e-12);
        assertEquals(0.02 * 2 / 4, cell.steal(), 1e-12);
        assertTrue(cell.noisy(), "the second fork was noisy, and the cell keeps its samples");
        assertEquals(2, cell.cpus());
        CellNoise quiet = CellNoise.over(List.of(noise(0.0, 0.01), new CellNoise(null, null, null, false, true,
                "no /proc/stat")), List.of(1.0, 1.0));
        assertEquals(0.01, quiet.steal(), 1e-12, "a fork of unknown noise adds nothing to the weights");
        assertTrue(quiet.retried() && !quiet.noisy());
        CellNoise unknown = CellNoise.over(List.of(new CellNoise(null, null, null, false, false, "no /proc/stat")),
                List.of(1.0));
        assertTrue(!unknown.known() && "no /proc/stat".equals(unknown.unknownBecause()));
        assertEquals(null, CellNoise.over(List.of(), List.of()), "no fork, no noise");
    }

    @Test
    void cellsNotMeasuredOrWithoutFiguresAreLeftOut() {
        OptionalDouble share = RunDisturbance.of(List.of(
                cell(Status.DONE, noise(0.0, 0.20), 2.0),
                cell(Status.FAILED, noise(0.0, 0.90), 50.0),
                cell(Status.DONE, new CellNoise(null, null, null, false, false, "no /proc/stat"), 50.0),
                cell(Status.DONE, noise(0.0, 0.90), null)));
        assertEquals(0.20, share.orElseThrow(), 1e-12);
        assertTrue(RunDisturbance.of(List.of(cell(Status.SKIPPED, null, null))).isEmpty(), "nothing to weigh");
    }
}

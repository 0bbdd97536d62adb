package threadsvsprocesses.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.report.RunFixture;
import threadsvsprocesses.report.rows.Interval;
import threadsvsprocesses.report.rows.JmhResult;
import threadsvsprocesses.report.rows.JmhResultReader;
import threadsvsprocesses.run.Profile.ForkPlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adaptive forks: a cell gets more forks only while its fork-aware interval is wider than the target and the cap can
 * still bring it there (and the run's estimate has room for them); its forks, measured one at a time, end up in one
 * JMH file the reporter reads as any other, and plan.json says why it got its forks.
 */
class CellForksTest {

    private static final String BENCH = "threadsvsprocesses.benchmarks.PipeBenchmark.roundTrip";
    private static final Map<String, String> PARAMS = Map.of("channel", "pipe", "messageBytes", "8");
    private static final ForkPlan PLAN = new ForkPlan(5, 3, 8, 0.05);

    @TempDir
    Path tmp;

    /** One JMH run of {@code forks} forks writing {@code json}, as the runner makes one for each fork of a cell. */
    private interface Batch {
        CellForks.Run run(int forks, Path json) throws Exception;
    }

    /** A run whose forks' means are the next values of {@code means}, three iterations each, steady within 0.1%. */
    private static Batch batchOf(List<Double> means, List<Integer> asked) {
        int[] next = {0};
        return (forks, json) -> {
            asked.add(forks);
            double[][] raw = new double[forks][];
            for (int f = 0; f < forks; f++) {
                double m = means.get(next[0]++);
                raw[f] = new double[] {m * 0.999, m, m * 1.001};
            }
            double sum = 0;
            for (double[] f : raw) {
                for (double x : f) {
                    sum += x;
                }
            }
            Files.writeString(json, "[\n" + RunFixture.result(BENCH, PARAMS, sum / (3.0 * forks), null, "us/op", raw)
                    + "\n]\n");
            return new CellForks.Run(true, "");
        };
    }

    /**
     * Measures a cell as the runner's rounds do, one fork at a time: its planned forks, then more while it wants them
     * and {@code room} allows them; then merges them into {@code result}.
     */
    private CellForks.Outcome measure(CellForks forks, Path result, Batch batch, boolean room) throws Exception {
        int part = 0;
        while (true) {
            int due = forks.due();
            if (due < 0) {
                if (forks.wantsMore()) {
                    if (room) {
                        forks.addMore();
                        continue;
                    }
                    forks.declined();
                }
                break;
            }
            Path json = tmp.resolve("part-" + ++part + ".json");
            forks.measured(json, batch.run(due, json));
        }
        return forks.finish(result);
    }

    private CellForks.Outcome measure(CellForks forks, Path result, Batch batch) throws Exception {
        return measure(forks, result, batch, true);
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".partial") || n.startsWith("part-")).toList();
        }
    }

    @Test
    void forksThatAgreeStopAfterTheFirstForks() throws Exception {
        List<Integer> asked = new ArrayList<>();
        Path result = tmp.resolve("001-cell.json");
        CellForks.Outcome o = measure(new CellForks(PLAN), result, batchOf(List.of(100.0, 101.0, 99.0, 100.5, 99.5), asked));
        assertEquals(List.of(1, 1, 1, 1, 1), asked, "one fork at a time");
        assertTrue(o.measured() && o.written());
        assertEquals(5, o.forks().count());
        assertTrue(o.forks().why().startsWith("5 forks: \u00b1"), o.forks().why());
        assertTrue(o.forks().why().contains("after 5 (target \u00b15%)"), o.forks().why());
        assertEquals(5, JmhResultReader.read(result).get(0).primary().interval().forks());
        assertEquals(List.of(), leftovers());
    }

    /** Five forks about ±7% apart: wider than the ±5% target, but within reach of 8 forks (±4.4% if they stay so). */
    private static final List<Double> WIDE_BUT_REACHABLE = List.of(100.0, 104.0, 96.0, 103.0, 97.0, 100.0, 101.0, 99.0);

    @Test
    void forksThatDisagreeGetMoreUpToTheCapMergedIntoOneFile() throws Exception {
        List<Integer> asked = new ArrayList<>();
        Path result = tmp.resolve("002-cell.json");
        CellForks.Outcome o = measure(new CellForks(PLAN), result, batchOf(WIDE_BUT_REACHABLE, asked));
        assertEquals(8, asked.size(), "5 first, then 3 more to the cap of 8");
        assertEquals(8, o.forks().count());
        assertTrue(o.forks().why().matches("8 forks: \u00b1\\S+ after 5, \u00b1\\S+ after 8 \\(target \u00b15%, cap 8\\)"),
                o.forks().why());

        List<JmhResult> read = JmhResultReader.read(result);
        assertEquals(1, read.size(), "one result object, as JMH writes for one cell");
        Interval i = read.get(0).primary().interval();
        assertEquals(8, i.forks());
        assertEquals(Interval.Basis.FORKS, i.basis());
        double mean = WIDE_BUT_REACHABLE.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertEquals(mean, read.get(0).score(), 1e-9, "the score is the mean of every iteration of every batch");
        assertEquals(24, read.get(0).samples());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void forksTooFarApartForTheCapToHelpGetNoMore() throws Exception {
        // the issue's socket round trip at 8 KiB: 54 µs in some forks, 34 µs in others, ±51% after 5 forks
        List<Integer> asked = new ArrayList<>();
        Path result = tmp.resolve("006-cell.json");
        CellForks.Outcome o = measure(new CellForks(PLAN), result, batchOf(List.of(54.0, 34.0, 54.0, 34.0, 54.0, 34.0, 54.0, 34.0), asked));
        assertEquals(5, asked.size(), "3 more forks could not bring ±51% to ±5%");
        assertEquals(5, o.forks().count());
        assertTrue(o.forks().why().matches("5 forks: \u00b1\\S+ after 5 \\(target \u00b15%, out of reach by the cap of 8\\)"),
                o.forks().why());
        assertTrue(o.measured() && o.written());
    }

    @Test
    void theProjectionShrinksTheWidthByStudentsTAndTheSquareRootOfTheForks() {
        double shrink = Interval.t(7) / Interval.t(4) * Math.sqrt(5 / 8.0);
        assertEquals(0.60, shrink, 0.01);
        assertTrue(CellForks.reachable(0.05 / shrink - 1e-9, 5, 8, 0.05));
        assertFalse(CellForks.reachable(0.05 / shrink + 1e-9, 5, 8, 0.05));
        assertTrue(CellForks.reachable(Double.NaN, 1, 8, 0.05), "no interval yet: more forks can only help");
    }

    @Test
    void aFixedPlanRunsItsForksAndSaysSo() throws Exception {
        List<Integer> asked = new ArrayList<>();
        Path result = tmp.resolve("003-cell.json");
        CellForks.Outcome o = measure(new CellForks(ForkPlan.fixed(2)), result, batchOf(List.of(10.0, 20.0), asked));
        assertEquals(List.of(1, 1), asked, "no more forks however wide the interval");
        assertTrue(o.forks().why().endsWith("(2 forks, as set)"), o.forks().why());
    }

    @Test
    void aFailedForkStopsTheCellAndKeepsItsSamples() throws Exception {
        Path result = tmp.resolve("004-cell.json");
        List<Integer> asked = new ArrayList<>();
        Batch good = batchOf(WIDE_BUT_REACHABLE, asked);
        int[] calls = {0};
        CellForks.Outcome o = measure(new CellForks(PLAN), result, (forks, json) -> {
            CellForks.Run r = good.run(forks, json);
            return ++calls[0] == 7 ? new CellForks.Run(false, "<failure> boom") : r;
        });
        assertFalse(o.measured());
        assertTrue(o.written(), "the samples measured before the failure are kept for inspection");
        assertEquals("<failure> boom", o.output());
        assertEquals(7, JmhResultReader.read(result).get(0).primary().interval().forks());
        assertEquals(7, asked.size(), "no fork after the failed one");
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aForkThatWroteNothingLeavesNoResult() throws Exception {
        Path result = tmp.resolve("005-cell.json");
        CellForks.Outcome o = measure(new CellForks(PLAN), result, (forks, json) -> new CellForks.Run(false, "no JVM"));
        assertFalse(o.measured() || o.written());
        assertNull(o.forks());
        assertFalse(Files.exists(result));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void moreForksThatDoNotFitTheEstimateAreDeclinedAndTheRecordSaysSo() throws Exception {
        List<Integer> asked = new ArrayList<>();
        Path result = tmp.resolve("007-cell.json");
        CellForks.Outcome o = measure(new CellForks(PLAN), result, batchOf(WIDE_BUT_REACHABLE, asked), false);
        assertEquals(5, asked.size(), "the wide cell keeps its first 5 forks when the run has no room for more");
        assertTrue(o.measured());
        assertTrue(o.forks().why().matches("5 forks: \u00b1\\S+ after 5 \\(target \u00b15%; 3 more did not fit the run's"
                + " estimate\\)"), o.forks().why());
    }

    @Test
    void aCellCutShortKeepsItsForksAndSaysHowManyOfThePlanned() throws Exception {
        List<Integer> asked = new ArrayList<>();
        Batch batch = batchOf(WIDE_BUT_REACHABLE, asked);
        CellForks forks = new CellForks(PLAN);
        for (int i = 1; i <= 3; i++) {
            Path json = tmp.resolve("part-" + i + ".json");
            forks.measured(json, batch.run(forks.due(), json));
        }
        assertEquals(2, forks.remaining());
        Path result = tmp.resolve("008-cell.json");
        CellForks.Outcome o = forks.finish(result);
        assertTrue(o.written());
        assertEquals(3, JmhResultReader.read(result).get(0).primary().interval().forks());
        assertTrue(o.forks().why().endsWith("; the run stopped after 3 of 5"), o.forks().why());
        assertEquals(List.of(), leftovers());
    }
}

package threadsvsprocesses.run.console;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The text of the console's line per cell: what it says and that the columns line up (no timing). */
class CellLinesTest {

    private final CellLines lines = new CellLines(78, "countdown · multi-process · 2 workers".length());

    @Test
    void aMeasuredCellShowsItsScoreWithErrorAndUnitItsNoiseAndTheTimes() {
        String line = lines.measured(2, "countdown · multi-thread · 2 workers", 44.93, 4.04, "ms/op", "noisy, retried",
                62, 119);
        assertEquals("[ 2/78] countdown · multi-thread · 2 workers   44.9 ± 4.0 ms/op        noisy, retried    "
                + "0:01:02 elapsed, ETA 0:01:59", line);
        String quiet = lines.measured(3, "startup · child-jvm", 53770.4, 3312, "us/op", "", 3725, 0);
        assertTrue(quiet.startsWith("[ 3/78] startup · child-jvm" + " ".repeat(20) + "53,770 ± 3,312 µs/op"), quiet);
        assertTrue(quiet.endsWith("1:02:05 elapsed, ETA 0:00:00"), quiet);
        assertEquals(line.indexOf("0:01:02"), quiet.indexOf("1:02:05"), "the times line up whatever the score");
        String noError = lines.measured(4, "countdown · single-thread", 9.96, Double.NaN, "ms/op", "", 4, 5);
        assertTrue(noError.contains(" 9.96 ms/op "), "no error bar with too few samples: " + noError);
    }

    @Test
    void skippedAndFailedCellsSayWhyOnOneLine() {
        assertEquals("[10/78] sleep · multi-process · 10,000 tasks   skipped: 10000 child JVMs at once",
                lines.skipped(10, "sleep · multi-process · 10,000 tasks", "10000 child JVMs at once"));
        String failed = lines.failed(11, "counter · adder · 2 workers", "benchmark failed:\n  java.lang.IllegalStateException: x",
                30, 100);
        assertEquals("[11/78] counter · adder · 2 workers            failed: benchmark failed: "
                + "java.lang.IllegalStateException: x   0:00:30 elapsed, ETA 0:01:40", failed);
        assertEquals(1, failed.lines().count());
    }

    @Test
    void theLiveLineShowsTheIterationAndLeavesTheEtaOutBeforeItOverflows() {
        String live = lines.running(5, "countdown · multi-thread · 4 workers", "fork 1/2, warm-up 3/5", 100, 120);
        assertEquals("[ 5/78] countdown · multi-thread · 4 workers: fork 1/2, warm-up 3/5 · ETA 0:01:40", live);
        String narrow = lines.running(5, "countdown · multi-thread · 4 workers", "fork 1/2, warm-up 3/5", 100, 70);
        assertEquals("[ 5/78] countdown · multi-thread · 4 workers: fork 1/2, warm-up 3/5", narrow);
    }

    @Test
    void aLongNameWidensNoColumnBeyondItsCap() {
        CellLines wide = new CellLines(9, 200);
        String name = "x".repeat(CellLines.MAX_WORDS + 10);
        String line = wide.skipped(1, name, "why");
        assertEquals("[1/9] " + name + "  skipped: why", line);
    }
}

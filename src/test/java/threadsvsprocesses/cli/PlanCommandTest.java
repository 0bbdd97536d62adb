package threadsvsprocesses.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code plan} and {@code --dry-run}: the cells that would run and be skipped, the estimate; nothing run or written. */
class PlanCommandTest {

    @TempDir
    Path dir;

    private String[] args(String... first) {
        String[] rest = {"--profile", "standard", "--results", dir.resolve("results").toString(), "--charts",
                dir.resolve("charts").toString(), "Countdown|Sleep"};
        String[] all = new String[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    private static String[] outcome(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void thePlanListsEveryCellBySkippedCellsWithTheirReasonsAndTheEstimateAndWritesNothing() {
        String[] plan = outcome(args("plan"));
        assertEquals("0", plan[0], plan[2]);
        String out = plan[1];
        int cores = Runtime.getRuntime().availableProcessors();
        assertTrue(out.startsWith("Plan: profile standard on " + cores + (cores == 1 ? " core" : " cores") + ", "), out);
        assertTrue(out.lines().findFirst().orElseThrow().contains("; estimated "), out);
        assertTrue(out.contains("\ncountdown (CountdownBenchmark.countdown): "), "grouped by benchmark: " + out);
        assertTrue(out.contains("\nsleep (SleepBenchmark.sleep): "), out);
        assertTrue(out.contains("\n  countdown · single-thread "), "each cell in words: " + out);
        assertTrue(out.contains("\n  sleep · virtual-thread · 10,000 tasks "), out);
        assertTrue(out.contains("\n  skipped: sleep · multi-process · 10,000 tasks: 10000 child JVMs at once"),
                "a skipped cell with its reason: " + out);
        assertTrue(out.contains("Nothing was run or written."), out);
        assertFalse(Files.exists(dir.resolve("results")), "no results folder");
        assertFalse(Files.exists(dir.resolve("charts")), "no charts folder");

        String[] dryRun = outcome(args("--dry-run"));
        assertEquals("0", dryRun[0], dryRun[2]);
        assertEquals(out, dryRun[1], "run --dry-run prints the same");
        assertFalse(Files.exists(dir.resolve("results")));
    }

    @Test
    void anOutputFileThatCannotBeWrittenIsRefusedBeforeAnythingRuns() {
        Path missing = dir.resolve("no-such-folder");
        for (String[] bad : new String[][] {
                {"-rf", "json", "-rff", missing.resolve("all.json").toString()},
                {"-o", missing.resolve("console.log").toString()},
                {"-rff", dir.toString()}}) {
            String[] argv = new String[bad.length + 6];
            System.arraycopy(new String[] {"--profile", "smoke", "--results", dir.resolve("results").toString(),
                    "--charts", dir.resolve("charts").toString()}, 0, argv, 0, 6);
            System.arraycopy(bad, 0, argv, 6, bad.length);
            String[] o = outcome(argv);
            assertEquals("2", o[0], o[1] + o[2]);
            assertTrue(o[2].startsWith("error: " + bad[bad.length - 2] + " "), o[2]);
            assertEquals(1, o[2].lines().count(), o[2]);
            assertEquals("", o[1]);
        }
        assertFalse(Files.exists(dir.resolve("results")), "nothing run");
    }
}

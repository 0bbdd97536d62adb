package threadsvsprocesses.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.experiments.NoChildLeft;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a person sees, end to end on real JMH forks: one plain line per cell (no control character when the output
 * is not a terminal), JMH's own text in jmh.log only, the summary before the paths, each cell's estimated and actual
 * seconds in plan.json; and JMH's -rf/-rff (one merged result file), -o (the console in a file) and --verbose.
 */
class ConsoleEndToEndTest {

    @TempDir
    Path dir;

    private String run(String... args) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        String[] argv = Stream.concat(Stream.of("--profile", "smoke", "--on-noise", "keep", "--results",
                dir.resolve("results").toString(), "--charts", dir.resolve("charts").toString(), "Countdown"),
                Stream.of(args)).toArray(String[]::new);
        int status = Main.run(argv, new PrintStream(console, true, StandardCharsets.UTF_8));
        String out = console.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, out);
        return out;
    }

    private Path onlyRun() throws Exception {
        try (Stream<Path> runs = Files.list(dir.resolve("results"))) {
            List<Path> all = runs.toList();
            return all.get(all.size() - 1);
        }
    }

    @Test
    void oneCalmLinePerCellThenTheSummaryAndOneMergedResultFile() throws Exception {
        Path merged = dir.resolve("merged.json");
        String out = run("-p", "model=single-thread,multi-thread", "-rf", "json", "-rff", merged.toString());
        int cells = Runtime.getRuntime().availableProcessors() == 1 ? 2 : 3;

        assertTrue(out.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r'), "no control character: " + out);
        assertTrue(out.contains("\n[1/" + cells + "] countdown · single-thread "), out);
        assertTrue(out.contains(" ms/op "), "the score with its unit: " + out);
        assertTrue(out.contains(" elapsed, ETA "), out);
        assertFalse(out.contains("# Benchmark:") || out.contains("REMEMBER") || out.contains("Run progress"),
                "JMH's own text stays in jmh.log: " + out);
        assertTrue(out.contains("\nDone in "), out);
        assertTrue(out.contains(" (estimated "), "the time against the estimate: " + out);
        assertTrue(out.indexOf("Claims, each with the figure that decided it:") < out.indexOf("\nResults: "), out);
        assertTrue(out.contains("\n  C2 "), out);
        assertTrue(out.contains("Best on this machine:\n  CPU-bound work: "), out);
        assertTrue(out.contains("JMH's results (json, " + cells + " measured cells): " + merged), out);

        Path run = onlyRun();
        assertTrue(Files.readString(run.resolve("jmh.log")).contains("# Benchmark:"), "JMH's text is in jmh.log");
        JsonArray results = JsonParser.parseString(Files.readString(merged)).getAsJsonArray();
        assertEquals(cells, results.size(), "every measured cell in one file, in JMH's format");
        assertTrue(results.get(0).getAsJsonObject().get("benchmark").getAsString().endsWith("countdown"));

        JsonObject plan = JsonParser.parseString(Files.readString(run.resolve("plan.json"))).getAsJsonObject();
        for (var cell : plan.getAsJsonArray("cells")) {
            JsonObject seconds = cell.getAsJsonObject().getAsJsonObject("seconds");
            assertTrue(seconds.get("estimated").getAsDouble() > 0, cell.toString());
            assertTrue(seconds.get("actual").getAsDouble() > 0, cell.toString());
        }
        JsonObject whole = plan.getAsJsonObject("seconds");
        assertTrue(whole.get("estimated").getAsDouble() > 0 && whole.get("actual").getAsDouble() > 0,
                "the whole run's estimate and time: " + whole);
        NoChildLeft.assertNoChildLeft(5_000);
    }

    @Test
    void minusOPutsTheConsoleInAFileAndVerboseAddsJmhsText() throws Exception {
        Path log = dir.resolve("console.log");
        Path csv = dir.resolve("all.csv");
        String out = run("-p", "model=single-thread", "-o", log.toString(), "--verbose", "-rff", csv.toString());
        assertEquals("", out, "nothing on the console: it went to the -o file");
        String text = Files.readString(log);
        assertTrue(text.contains("[1/1] countdown "), text);
        assertTrue(text.contains("# Benchmark: threadsvsprocesses.benchmarks.CountdownBenchmark.countdown"),
                "--verbose: JMH's text too: " + text);
        assertTrue(text.contains("\nResults: "), text);
        List<String> rows = Files.readAllLines(csv);
        assertEquals(2, rows.size(), "JMH's csv (its default format for -rff): a header and the cell: " + rows);
        assertTrue(rows.get(0).startsWith("\"Benchmark\""), rows.get(0));
    }
}

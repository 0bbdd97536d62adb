package threadsvsprocesses.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
 * A real run measures its cells' forks in rounds, one fork of every cell per round, so that a cell's forks are
 * spread over the run rather than back to back: JMH's own log shows the cells taking turns, each cell's one JSON file
 * holds all its forks, the merged {@code -rff} file too, and no fork's part file is left behind.
 */
class InterleavedForksTest {

    @TempDir
    Path dir;

    @Test
    void eachRoundMeasuresOneForkOfEveryCellAndACellsForksEndInItsOneFile() throws Exception {
        Path merged = dir.resolve("merged.json");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"--profile", "smoke", "--on-noise", "keep", "--results",
                dir.resolve("results").toString(), "--charts", dir.resolve("charts").toString(), "Countdown", "-p",
                "model=single-thread,virtual-thread", "-p", "workers=1", "-f", "3", "-rf", "json", "-rff",
                merged.toString()}, new PrintStream(console, true, StandardCharsets.UTF_8));
        String out = console.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, out);
        assertTrue(out.contains("round 1 of 3: a fork of each of 2 cells"), out);
        assertTrue(out.contains("round 3 of 3: a fork of each of 2 cells"), out);
        assertTrue(out.indexOf("round 3 of 3") < out.indexOf("[1/2] countdown"), "a cell's line comes once all its"
                + " forks are measured: " + out);

        Path run;
        try (Stream<Path> runs = Files.list(dir.resolve("results"))) {
            run = runs.findFirst().orElseThrow();
        }
        // JMH's log names each run's parameters: the two cells take turns, fork by fork
        List<String> models = Files.readString(run.resolve("jmh.log")).lines()
                .filter(l -> l.startsWith("# Parameters: ("))
                .map(l -> l.contains("model = single-thread") ? "single" : "virtual").toList();
        assertEquals(List.of("single", "virtual", "single", "virtual", "single", "virtual"), models);

        JsonObject plan = JsonParser.parseString(Files.readString(run.resolve("plan.json"))).getAsJsonObject();
        for (var c : plan.getAsJsonArray("cells")) {
            JsonObject cell = c.getAsJsonObject();
            assertEquals("DONE", cell.get("status").getAsString(), cell.toString());
            assertEquals(3, cell.getAsJsonObject("forks").get("count").getAsInt(), cell.toString());
            assertTrue(cell.getAsJsonObject("forks").get("why").getAsString().endsWith("(3 forks, as set)"),
                    cell.toString());
            JsonArray jmh = JsonParser.parseString(Files.readString(run.resolve(cell.get("resultFile").getAsString())))
                    .getAsJsonArray();
            assertEquals(1, jmh.size(), "one result object per cell, as JMH writes");
            assertEquals(3, jmh.get(0).getAsJsonObject().getAsJsonObject("primaryMetric").getAsJsonArray("rawData")
                    .size(), "the cell's three forks, each from its own round");
        }
        JsonArray all = JsonParser.parseString(Files.readString(merged)).getAsJsonArray();
        assertEquals(2, all.size(), "-rff: every cell once");
        for (var r : all) {
            assertEquals(3, r.getAsJsonObject().getAsJsonObject("primaryMetric").getAsJsonArray("rawData").size());
        }
        assertFalse(Files.exists(run.resolve("jmh").resolve("parts")), "every fork's part merged and removed");
    }
}

package threadsvsprocesses.cli;

import org.apache.commons.csv.CSVFormat;
import threadsvsprocesses.experiments.NoChildLeft;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line end to end on a tiny configuration: real JMH forks, real threads and child JVMs, JMH's JSON,
 * then the CSV, charts and report drawn from it; and {@code report} rebuilding them from the saved folder.
 */
class SuiteEndToEndTest {

    @Test
    void aSmokeRunWritesResultsAndChartsAndLeavesNoProcessBehind(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("results");
        Path charts = dir.resolve("charts");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        // a noisy cell is kept flagged: retrying it on a busy build machine would only make the test slower
        int status = Main.run(new String[] {"--profile", "smoke", "--on-noise", "keep", "--results", results.toString(),
                "--charts", charts.toString(),
                "Countdown|Sleep", "-p", "model=single-thread,virtual-thread,process-pool", "-p", "tasks=1,3"},
                new PrintStream(console, true, StandardCharsets.UTF_8));
        String output = console.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, output);
        assertTrue(output.contains("ETA"), "progress with an ETA is printed");

        Path run;
        try (Stream<Path> runs = Files.list(results)) {
            run = runs.findFirst().orElseThrow();
        }
        List<CSVRecord> rows = readCsv(run.resolve("results.csv"));
        // countdown: single-thread at 1 worker, virtual-thread and process-pool at 1 and 2 (smoke: 1 and all cores)
        int cores = Runtime.getRuntime().availableProcessors();
        int levels = cores == 1 ? 1 : 2;
        assertEquals(1 + 2 * levels + 3 * 2, rows.size(), "one row per planned cell");
        for (CSVRecord row : rows) {
            assertEquals("done", row.get("status"), row.toString());
            assertTrue(Double.parseDouble(row.get("score_ms")) > 0, row.toString());
        }
        CSVRecord baseline = rows.stream().filter(r -> r.get("workload").equals("countdown")
                && r.get("model").equals("single-thread")).findFirst().orElseThrow();
        assertEquals(1.0, Double.parseDouble(baseline.get("speedup")), 1e-9);

        try (Stream<Path> jmh = Files.list(run.resolve("jmh"))) {
            assertEquals(rows.size(), jmh.filter(p -> p.toString().endsWith(".json")).count(), "JMH's JSON per cell");
        }
        assertTrue(Files.readString(run.resolve("machine.json")).contains("\"cores\": " + cores));
        Path chartDir = charts.resolve(run.getFileName());
        BufferedImage png = ImageIO.read(chartDir.resolve("countdown-time.png").toFile());
        assertNotNull(png);
        assertEquals(1200, png.getWidth());
        assertTrue(Files.exists(chartDir.resolve("sleep-time.png")));
        assertTrue(Files.readString(chartDir.resolve("report.md")).contains("virtual-thread"));
        // exited children need a moment to be reaped; a zombie runs nothing (ProcessChecks.isRunning)
        NoChildLeft.assertNoChildLeft(5_000);

        // report: rebuild CSV and charts from the saved run, without running anything
        Files.delete(run.resolve("results.csv"));
        Path redrawn = dir.resolve("redrawn");
        assertEquals(0, Main.run(new String[] {"report", run.toString(), "--charts", redrawn.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        assertEquals(rows.size(), readCsv(run.resolve("results.csv")).size());
        assertTrue(Files.exists(redrawn.resolve(run.getFileName()).resolve("countdown-speedup.png")));
    }

    @Test
    void reportOfAFolderThatIsNotARunIsAOneLineError(@TempDir Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, Main.run(new String[] {"report", dir.resolve("nope").toString()}, new PrintStream(out, true),
                new PrintStream(err, true)));
        String missing = err.toString(StandardCharsets.UTF_8);
        assertTrue(missing.startsWith("error: run folder ") && missing.contains("does not exist"), missing);
        assertEquals(1, missing.lines().count(), missing);

        err.reset();
        assertEquals(2, Main.run(new String[] {"report", dir.toString(), "--charts", dir.resolve("c").toString()},
                new PrintStream(out, true), new PrintStream(err, true)));
        String empty = err.toString(StandardCharsets.UTF_8);
        assertTrue(empty.startsWith("error: ") && empty.contains("machine.json"), empty);
        assertEquals(1, empty.lines().count(), empty);
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing but the error");
        assertFalse(Files.exists(dir.resolve("c")), "nothing written");
    }

    private static List<CSVRecord> readCsv(Path csv) throws Exception {
        try (Reader in = Files.newBufferedReader(csv);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return parser.getRecords();
        }
    }
}

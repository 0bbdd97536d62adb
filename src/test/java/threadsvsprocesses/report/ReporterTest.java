package threadsvsprocesses.report;

import threadsvsprocesses.report.rows.ResultsCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.run.RunFolder;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReporterTest {

    @TempDir
    Path tmp;

    private RunFixture fixture;
    private ReportOutput out;
    private List<CSVRecord> csv;

    @BeforeEach
    void report() throws Exception {
        Path run = tmp.resolve("run");
        fixture = Fixtures.full(run);
        fixture.write();
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY); // a locale with decimal commas must not leak into the files
        try {
            out = Reporter.write(run, tmp.resolve("charts"));
        } finally {
            Locale.setDefault(saved);
        }
        try (Reader r = Files.newBufferedReader(out.csv(), StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(ResultsCsv.HEADER, p.getHeaderNames());
            csv = p.getRecords();
        }
    }

    private CSVRecord row(String workload, String model, String workers, String tasks) {
        List<CSVRecord> found = csv.stream().filter(r -> r.get("workload").equals(workload)
                && r.get("model").equals(model) && r.get("workers").equals(workers)
                && (tasks == null || r.get("tasks").equals(tasks))).toList();
        assertEquals(1, found.size(), workload + " " + model + " " + workers + " " + tasks);
        return found.get(0);
    }

    @Test
    void csvHasOneRowPerCellOfThePlan() {
        assertEquals(RunFolder.CSV, out.csv().getFileName().toString());
        assertEquals(fixture.cells().size(), csv.size());
        assertEquals(fixture.cells().size(), out.rows());
        for (int i = 0; i < csv.size(); i++) {
            assertEquals(fixture.cells().get(i).benchmark(), csv.get(i).get("benchmark"));
            assertEquals("2025-01-02T03-04-05Z-testhost", csv.get(i).get("run_id"));
            assertEquals("Test CPU 3000, \"8\" threads", csv.get(i).get("cpu_model"));
        }
        assertEquals(1, out.skipped());
        assertEquals(2, out.failed());
        assertEquals(fixture.cells().size() - 4, out.measured());
    }

    @Test
    void numbersParseWithLocaleRoot() throws Exception {
        NumberFormat root = NumberFormat.getInstance(Locale.ROOT);
        root.setGroupingUsed(false);
        int checked = 0;
        for (CSVRecord r : csv) {
            for (String column : List.of("cores", "memory_bytes", "workers", "score", "score_error", "score_ms",
                    "samples", "speedup", "efficiency")) {
                String v = r.get(column);
                if (!v.isEmpty()) {
                    assertFalse(v.contains(",") || v.contains("E"), column + " = " + v);
                    java.text.ParsePosition pos = new java.text.ParsePosition(0);
                    Number n = root.parse(v, pos);
                    assertEquals(v.length(), pos.getIndex(), column + " = " + v);
                    assertEquals(Double.parseDouble(v), n.doubleValue(), 1e-9);
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "checked " + checked);
        assertEquals("17179869184", csv.get(0).get("memory_bytes"));
    }

    @Test
    void speedupAndEfficiencyAgainstSingleThread() {
        CSVRecord mt4 = row("countdown", "multi-thread", "4", null);
        assertEquals(215.0, Double.parseDouble(mt4.get("score_ms")), 1e-9);
        assertEquals(800.0 / 215, Double.parseDouble(mt4.get("speedup")), 1e-6);
        assertEquals(800.0 / 215 / 4, Double.parseDouble(mt4.get("efficiency")), 1e-6);

        CSVRecord single = row("countdown", "single-thread", "1", null);
        assertEquals("1", single.get("speedup"));
        assertEquals("1", single.get("efficiency"));

        // squares has its own baseline (100 ms), not countdown's
        CSVRecord sq = row("squares", "multi-thread", "2", null);
        assertEquals(100.0 / 55, Double.parseDouble(sq.get("speedup")), 1e-6);
    }

    @Test
    void microsecondsAreConvertedToMilliseconds() {
        CSVRecord mp4 = row("countdown", "multi-process", "4", null);
        assertEquals("us/op", mp4.get("unit"));
        assertEquals(350000.0, Double.parseDouble(mp4.get("score")), 1e-9);
        assertEquals(350.0, Double.parseDouble(mp4.get("score_ms")), 1e-9);
        assertEquals(800.0 / 350, Double.parseDouble(mp4.get("speedup")), 1e-6);
    }

    @Test
    void sleepWorkersAreTasksExceptForThePool() {
        CSVRecord mt = row("sleep", "multi-thread", "100", "100");
        assertEquals("100", mt.get("sleep_millis"));
        assertEquals("", mt.get("count"));
        assertEquals(10050.0 / 104, Double.parseDouble(mt.get("speedup")), 1e-6);
        assertEquals(10050.0 / 104 / 100, Double.parseDouble(mt.get("efficiency")), 1e-6);

        CSVRecord pool = row("sleep", "process-pool", "4", "100");
        assertEquals(10050.0 / 2600 / 4, Double.parseDouble(pool.get("efficiency")), 1e-6);

        // no single-thread baseline at 1000 tasks
        CSVRecord vt = row("sleep", "virtual-thread", "1000", "1000");
        assertEquals("", vt.get("speedup"));
        assertEquals("", vt.get("efficiency"));
        assertEquals("", row("countdown", "multi-thread", "4", null).get("tasks"));
    }

    @Test
    void nanErrorIsEmptyAndSamplesCountAllForks() {
        CSVRecord nan = row("countdown", "multi-thread", "8", null);
        assertEquals("", nan.get("score_error"));
        assertEquals("212", nan.get("score"));
        assertEquals("2", nan.get("samples"));
        assertEquals("ss", nan.get("mode"));

        CSVRecord single = row("countdown", "single-thread", "1", null);
        assertEquals("6", single.get("samples"));
        assertEquals("10", single.get("score_error"));
        assertEquals("ms/op", single.get("unit"));
        assertEquals("done", single.get("status"));
    }

    @Test
    void skippedFailedAndPlannedCellsKeepTheirReasons() {
        CSVRecord skipped = row("squares", "process-pool", "8", null);
        assertEquals("skipped", skipped.get("status"));
        assertEquals("more workers than cores in the quick profile", skipped.get("reason"));
        assertEquals("", skipped.get("score"));
        assertEquals("", skipped.get("mode"));

        CSVRecord failed = row("squares", "multi-process", "4", null);
        assertEquals("failed", failed.get("status"));
        assertTrue(failed.get("reason").contains("child JVM exited with code 137"), failed.get("reason"));

        CSVRecord planned = row("sleep", "multi-process", "1000", "1000");
        assertEquals("planned", planned.get("status"));
        assertEquals("", planned.get("score_ms"));

        // DONE in the plan, but its JSON file is missing
        CSVRecord missing = row("sleep", "single-thread", "1", "1000");
        assertEquals("failed", missing.get("status"));
        assertTrue(missing.get("reason").contains("jmh/999-sleep.json"), missing.get("reason"));
        assertTrue(missing.get("reason").contains("missing"), missing.get("reason"));
    }

    @Test
    void everyChartIsA1200x800PngWithAnSvgBesideIt() throws Exception {
        Set<String> names = out.charts().stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        assertEquals(Set.of("countdown-time.png", "countdown-speedup.png", "squares-time.png",
                "squares-speedup.png", "sleep-time.png"), names);
        for (Path png : out.charts()) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertTrue(image != null, png + " does not decode");
            assertEquals(1200, image.getWidth());
            assertEquals(800, image.getHeight());
            assertEquals(0xFFFFFFFF, image.getRGB(2, 2), "white background");
            Path svg = png.resolveSibling(png.getFileName().toString().replace(".png", ".svg"));
            String text = Files.readString(svg);
            assertTrue(text.startsWith("<svg"), svg + " starts with " + text.substring(0, 20));
            assertTrue(text.contains("ideal") || !png.toString().contains("speedup") && !png.toString().contains("sleep"),
                    svg + " names the ideal");
        }
    }

    @Test
    void reportHoldsTheTablesLinksAndReasons() throws Exception {
        String md = Files.readString(out.report());
        assertEquals(tmp.resolve("charts").resolve("report.md"), out.report());
        assertTrue(md.contains("| multi-thread | 4 | 215.0 \u00b1 4.0 | 2 | 3.72\u00d7 | 93% | done |"), md);
        assertTrue(md.contains("| multi-thread | 8 | 212 | 1 | 3.77\u00d7 | 47% | done |"), md);
        assertTrue(md.contains("| multi-thread | 100 | 100 | 104.0 \u00b1 2.1 | 2 | 96.6\u00d7 | 97% | done |"), md);
        assertTrue(md.contains("![countdown-time.png](countdown-time.png)"), md);
        assertTrue(md.contains("![sleep-time.png](sleep-time.png)"), md);
        assertTrue(md.contains("more workers than cores in the quick profile"), md);
        assertTrue(md.contains("child JVM exited with code 137"), md);
        assertTrue(md.contains("Test CPU 3000"), md);
        assertTrue(md.contains("| cores | 4 |"), md);
        assertTrue(md.contains("count = 50,000,000"), md);
        assertTrue(md.contains("Profile **quick**, complete"), md);
    }
}

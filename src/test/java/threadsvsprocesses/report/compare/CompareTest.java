package threadsvsprocesses.report.compare;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.report.rows.CsvCells;
import threadsvsprocesses.run.BadInputException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareTest {

    private static final Path REFERENCE_RUN = CompareFixtures.REFERENCE.getParent();
    private static final Pattern URL_ATTR = Pattern.compile("\\b(?:src|href)\\s*=\\s*\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);

    @TempDir
    Path tmp;

    private Path laptop;
    private Path charts;

    @BeforeEach
    void runs() throws Exception {
        laptop = CompareFixtures.laptop().writeRun(tmp.resolve("results").resolve(CompareFixtures.LAPTOP_ID));
        charts = tmp.resolve("charts");
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (CSVParser p = CSVParser.parse(Files.readString(file, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    private static CSVRecord row(List<CSVRecord> rows, String runId, String workload, String model, String workers) {
        return rows.stream().filter(r -> r.get("run_id").equals(runId) && r.get("workload").equals(workload)
                        && r.get("model").equals(model) && r.get("params").contains("workers=" + workers + ""))
                .filter(r -> r.get("params").matches(".*workers=" + workers + "(;.*)?$"))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + runId + " " + model + " " + workers));
    }

    @Test
    void writesTheComparisonIntoAFreshFolderAndLeavesTheInputsAlone() throws Exception {
        Map<String, String> referenceBefore = CompareFixtures.hashes(REFERENCE_RUN);
        Map<String, String> laptopBefore = CompareFixtures.hashes(laptop);

        Compare.Output out = Compare.run(List.of(REFERENCE_RUN.toString(), laptop.toString()), null, charts);

        assertEquals(charts.toAbsolutePath().resolve("compare-20261124T163710Z-vm--20261201T090000Z-laptop"), out.dir());
        for (String f : List.of("comparison.csv", "report.md", "index.html")) {
            assertTrue(Files.isRegularFile(out.dir().resolve(f)), f);
        }
        List<String> names = out.charts().stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("countdown-speedup.png", "countdown-time.png", "squares-speedup.png", "squares-time.png",
                "sleep-time.png"), names);
        for (Path png : out.charts()) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(1200, image.getWidth());
            assertEquals(800, image.getHeight());
            String svg = png.getFileName().toString().replace(".png", ".svg");
            assertTrue(Files.readString(out.dir().resolve(svg)).contains("<svg"), svg);
        }
        assertEquals(referenceBefore, CompareFixtures.hashes(REFERENCE_RUN), "reference run unchanged");
        assertEquals(laptopBefore, CompareFixtures.hashes(laptop), "laptop run unchanged");
        assertEquals(50, out.compared(), "measurements in both runs");
        assertEquals(2, out.partial(), "countdown multi-process 4 only in the reference, multi-thread 8 only on the laptop");
    }

    @Test
    void comparisonCsvHoldsRatiosVerdictsAndRowsOfOnlySomeRuns() throws Exception {
        Compare.Output out = Compare.run(List.of(REFERENCE_RUN.toString(), laptop.toString()), null, charts);
        List<CSVRecord> rows = csv(out.csv());
        assertEquals(String.join(",", ComparisonCsv.HEADER), Files.readAllLines(out.csv()).get(0));
        // 51 reference rows + the extra 8-worker row, each once per run
        assertEquals(52 * 2, rows.size());

        CSVRecord base = row(rows, CompareFixtures.REFERENCE_ID, "countdown", "single-thread", "1");
        assertEquals("true", base.get("baseline"));
        assertEquals("baseline", base.get("verdict"));
        assertEquals("1", base.get("ratio_to_baseline"));
        CSVRecord slower = row(rows, CompareFixtures.LAPTOP_ID, "countdown", "single-thread", "1");
        assertEquals(1.3, Double.parseDouble(slower.get("ratio_to_baseline")), 1e-9);
        assertEquals("overlap of intervals", slower.get("test"), "the reference run has no fork columns");
        assertEquals("true", slower.get("significant"));
        assertEquals("slower", slower.get("verdict"));
        assertEquals("0.25", slower.get("workers_per_core"));
        assertEquals("AMD EPYC, 2 cores, JDK 25.0.3", base.get("machine"));
        assertEquals("Intel Core i7-1185G7 @ 3.00GHz, 4 cores, JDK 21.0.5", slower.get("machine"));

        CSVRecord onlyReference = row(rows, CompareFixtures.LAPTOP_ID, "countdown", "multi-process", "4");
        assertEquals("absent", onlyReference.get("status"));
        assertEquals("not in this run", onlyReference.get("verdict"));
        assertEquals("1", onlyReference.get("runs_with_row"));
        CSVRecord onlyLaptop = row(rows, CompareFixtures.REFERENCE_ID, "countdown", "multi-thread", "8");
        assertEquals("absent", onlyLaptop.get("status"));

        String md = Files.readString(out.report());
        assertTrue(md.contains("## Measured in only some runs"), md);
        assertTrue(md.contains("| countdown | multi-process | 4 | count=50000000 | primary | AMD EPYC, 2 cores, JDK 25.0.3 |"
                + " Intel Core i7-1185G7 @ 3.00GHz, 4 cores, JDK 21.0.5 |"), md);
    }

    @Test
    void welchOnForkMeansDecidesWhenBothRunsHaveForksAndNoiseIsNeverAWin() throws Exception {
        // a 0.2% difference is far inside the noise; a 40% one on another row is not; a 3% one with forks that
        // agree closely (in both runs) is significant, and still too small to call a difference
        CompareFixtures.Table first = CompareFixtures.laptop();
        int mt4 = first.find("countdown", "multi-thread", "4");
        first.set(mt4, "fork_stdev", Double.toString(Double.parseDouble(first.get(mt4, "score")) * 1e-4));
        Path firstRun = first.writeRun(tmp.resolve("results").resolve("first"));
        CompareFixtures.Table t = CompareFixtures.laptop().setAll("run_id", "20261202T090000Z-laptop");
        t.set(mt4, "fork_stdev", first.get(mt4, "fork_stdev"));
        t.scale(i -> true, 0.998);
        int mt2 = t.find("countdown", "multi-thread", "2");
        t.scale(i -> i == mt2, 0.6);
        t.scale(i -> i == mt4, 0.97 / 0.998);
        Path second = t.writeRun(tmp.resolve("results").resolve("second"));
        Compare.Output out = Compare.run(List.of(firstRun.toString(), second.toString()), null, charts);
        List<CSVRecord> rows = csv(out.csv());
        CSVRecord noise = row(rows, "20261202T090000Z-laptop", "countdown", "multi-thread", "1");
        assertEquals("Welch t-test on fork means", noise.get("test"));
        assertEquals("false", noise.get("significant"));
        assertEquals("no significant difference", noise.get("verdict"));
        assertTrue(Double.parseDouble(noise.get("ratio_to_baseline")) < 1, "lower time, yet no win");
        CSVRecord real = row(rows, "20261202T090000Z-laptop", "countdown", "multi-thread", "2");
        assertEquals("Welch t-test on fork means", real.get("test"));
        assertEquals("true", real.get("significant"));
        assertEquals("faster", real.get("verdict"));
        assertTrue(Double.parseDouble(real.get("p_value")) < 0.01);
        CSVRecord small = row(rows, "20261202T090000Z-laptop", "countdown", "multi-thread", "4");
        assertEquals("true", small.get("significant"), small.toString());
        assertEquals("equivalent (significant, but under 5%)", small.get("verdict"));
        assertEquals("0.05", small.get("equivalence_threshold"));
        assertEquals("5", small.get("forks"));
        for (CSVRecord r : rows) {
            if (r.get("significant").equals("false")) {
                assertFalse(List.of("faster", "slower", "higher", "lower").contains(r.get("verdict")), r.toString());
            }
        }
        String html = Files.readString(out.html());
        assertTrue(html.contains("Welch t-test on fork means: p = "), "the page names the test per row");
    }

    @Test
    void baselineByRunIdOrByArgument() throws Exception {
        Compare.Output byId = Compare.run(List.of(REFERENCE_RUN.toString(), laptop.toString()),
                CompareFixtures.LAPTOP_ID, charts);
        CSVRecord r = row(csv(byId.csv()), CompareFixtures.LAPTOP_ID, "countdown", "single-thread", "1");
        assertEquals("true", r.get("baseline"));
        CSVRecord other = row(csv(byId.csv()), CompareFixtures.REFERENCE_ID, "countdown", "single-thread", "1");
        assertEquals(1 / 1.3, Double.parseDouble(other.get("ratio_to_baseline")), 1e-6);
        assertEquals("faster", other.get("verdict"));

        Compare.Output byPath = Compare.run(List.of(REFERENCE_RUN.toString(), laptop.toString()),
                laptop.resolve("results.csv").toString(), charts);
        assertEquals("true", row(csv(byPath.csv()), CompareFixtures.LAPTOP_ID, "countdown", "single-thread", "1")
                .get("baseline"));
        Compare.Output byDefault = Compare.run(List.of(laptop.toString(), REFERENCE_RUN.toString()), null, charts);
        assertEquals("true", row(csv(byDefault.csv()), CompareFixtures.LAPTOP_ID, "countdown", "single-thread", "1")
                .get("baseline"), "the first run by default");
    }

    @Test
    void unknownBaselineIsRefusedBeforeAnythingIsWritten() {
        BadInputException e = assertThrows(BadInputException.class, () -> Compare.run(
                List.of(REFERENCE_RUN.toString(), laptop.toString()), "nope", charts));
        assertTrue(e.getMessage().startsWith("--baseline nope: names none of the compared runs; expected one of their"
                + " run ids (20261124T163710Z-vm, 20261201T090000Z-laptop)"), e.getMessage());
        assertFalse(Files.exists(charts));
    }

    @Test
    void labelsAddTheRunIdOnlyWhenTwoMachinesLookAlike() throws Exception {
        Path twin = CompareFixtures.reference().setAll("run_id", "20261125T080000Z-vm")
                .writeRun(tmp.resolve("results").resolve("twin"));
        Compare.Output out = Compare.run(List.of(REFERENCE_RUN.toString(), twin.toString(), laptop.toString()), null,
                charts);
        List<CSVRecord> rows = csv(out.csv());
        assertEquals("AMD EPYC, 2 cores, JDK 25.0.3 (run 20261124T163710Z-vm)",
                row(rows, CompareFixtures.REFERENCE_ID, "countdown", "single-thread", "1").get("machine"));
        assertEquals("AMD EPYC, 2 cores, JDK 25.0.3 (run 20261125T080000Z-vm)",
                row(rows, "20261125T080000Z-vm", "countdown", "single-thread", "1").get("machine"));
        assertEquals("Intel Core i7-1185G7 @ 3.00GHz, 4 cores, JDK 21.0.5",
                row(rows, CompareFixtures.LAPTOP_ID, "countdown", "single-thread", "1").get("machine"));
        assertTrue(out.dir().getFileName().toString()
                .equals("compare-20261124T163710Z-vm--20261125T080000Z-vm--20261201T090000Z-laptop"));
    }

    @Test
    void neverOverwritesAnExistingFolder() throws Exception {
        Path taken = Files.createDirectories(charts.resolve("compare-20261124T163710Z-vm--20261201T090000Z-laptop"));
        Files.writeString(taken.resolve("index.html"), "mine");
        Compare.Output first = Compare.run(List.of(REFERENCE_RUN.toString(), laptop.toString()), null, charts);
        assertEquals("compare-20261124T163710Z-vm--20261201T090000Z-laptop-2", first.dir().getFileName().toString());
        Map<String, String> firstFiles = CompareFixtures.hashes(first.dir());
        Compare.Output second = Compare.run(List.of(REFERENCE_RUN.toString(), laptop.toString()), null, charts);
        assertEquals("compare-20261124T163710Z-vm--20261201T090000Z-laptop-3", second.dir().getFileName().toString());
        assertEquals("mine", Files.readString(taken.resolve("index.html")));
        try (Stream<Path> inTaken = Files.list(taken)) {
            assertEquals(1, inTaken.count());
        }
        assertEquals(firstFiles, CompareFixtures.hashes(first.dir()));
    }

    @Test
    void theSameRunTwiceIsRefused() throws Exception {
        BadInputException sameFile = assertThrows(BadInputException.class, () -> Compare.run(
                List.of(REFERENCE_RUN.toString(), REFERENCE_RUN.resolve("results.csv").toString()), null, charts));
        assertTrue(sameFile.getMessage().contains(": the same results as " + REFERENCE_RUN + " ("), sameFile.getMessage());
        assertTrue(sameFile.getMessage().contains("; expected different runs"), sameFile.getMessage());

        Path copy = CompareFixtures.reference().writeRun(tmp.resolve("copy"));
        BadInputException sameId = assertThrows(BadInputException.class, () -> Compare.run(
                List.of(REFERENCE_RUN.toString(), copy.toString()), null, charts));
        assertTrue(sameId.getMessage().startsWith(copy.resolve("results.csv") + ": run 20261124T163710Z-vm again"),
                sameId.getMessage());
        assertFalse(Files.exists(charts), "nothing written");
    }

    @Test
    void badInputWritesNothing() throws Exception {
        CompareFixtures.Table bad = CompareFixtures.laptop().set(3, "score", "n/a");
        Path broken = bad.writeRun(tmp.resolve("results").resolve("broken"));
        Files.createDirectories(charts);
        BadInputException e = assertThrows(BadInputException.class, () -> Compare.run(
                List.of(REFERENCE_RUN.toString(), broken.toString()), null, charts));
        assertTrue(e.getMessage().startsWith(broken.resolve("results.csv") + ":5: score 'n/a' is not a number"),
                e.getMessage());
        try (Stream<Path> left = Files.list(charts)) {
            assertEquals(0, left.count());
        }
        assertThrows(BadInputException.class, () -> Compare.run(List.of(REFERENCE_RUN.toString()), null, charts));
    }

    @Test
    void textFromTheFilesIsInertInThePageAndTheCsv() throws Exception {
        CompareFixtures.Table t = CompareFixtures.laptop()
                .setAll("cpu_model", "<img src=x onerror=alert(1)> \"Evil\" & 'Co'")
                .setAll("os", CsvCells.text("=HYPERLINK(\"http://evil.example\")"));
        int skipped = t.find("sleep", "single-thread", "1");
        while (!t.get(skipped, "status").equals("skipped")) {
            skipped++;
        }
        t.set(skipped, "reason", "</li><script>alert(2)</script>");
        t.set(skipped + 1, "reason", CsvCells.text("=1+2"));
        Path evil = t.writeRun(tmp.resolve("results").resolve("evil"));
        Compare.Output out = Compare.run(List.of(REFERENCE_RUN.toString(), evil.toString()), null, charts);

        String html = Files.readString(out.html());
        assertFalse(html.contains("<img src=x"), "markup from cpu_model is escaped");
        assertFalse(html.contains("<script>"), "markup from a reason is escaped");
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt; &quot;Evil&quot; &amp; &#39;Co&#39;"));
        assertTrue(html.contains("&lt;/li&gt;&lt;script&gt;alert(2)&lt;/script&gt;"));
        Matcher m = URL_ATTR.matcher(html);
        int images = 0;
        while (m.find()) {
            String url = m.group(1);
            assertTrue(url.matches("[a-z-]+\\.(png|csv)"), "a plain file name beside the page: " + url);
            assertTrue(Files.isRegularFile(out.dir().resolve(url)), url);
            images += url.endsWith(".png") ? 1 : 0;
        }
        assertEquals(out.charts().size(), images);
        assertTrue(html.contains("=HYPERLINK(&quot;http://evil.example&quot;)"), "shown as text");

        String md = Files.readString(out.report());
        assertFalse(md.contains("<img src=x") || md.contains("<script>"), "markup inert in report.md too");

        for (CSVRecord r : csv(out.csv())) {
            for (String column : List.of("machine", "reason", "params", "model", "workload", "benchmark")) {
                assertFalse(CsvCells.isFormulaLike(r.get(column)), column + ": " + r.get(column));
            }
        }
        String text = Files.readString(out.csv());
        assertFalse(text.contains(",=") || text.contains("\n="), "no cell starts a formula");
        assertTrue(csv(out.csv()).stream().anyMatch(r -> r.get("reason").equals("'=1+2")), "neutralised, not dropped");
    }

    @Test
    void folderNamesComeOnlyFromSanitisedBoundedIds() throws Exception {
        assertEquals("compare-a_b--c_d_e", OutputFolder.name(List.of("a/b", "c\\d..e")));
        String longId = "x".repeat(300);
        String name = OutputFolder.name(List.of(longId, longId, longId, longId, longId));
        assertTrue(name.length() <= OutputFolder.NAME_CHARS + 20, name);
        assertTrue(name.matches("[A-Za-z0-9._-]+"), name);
        assertTrue(name.endsWith("--and-2-more"), name);
        Path dir = OutputFolder.claim(charts, List.of("../../escape", "b"));
        assertEquals(charts.toAbsolutePath().normalize(), dir.getParent());
    }
}

package threadsvsprocesses.report.page;

import threadsvsprocesses.report.Fixtures;
import threadsvsprocesses.report.ReportOutput;
import threadsvsprocesses.report.Reporter;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.ResultsCsvReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.report.browser.HeadlessChromium;
import threadsvsprocesses.report.browser.PageView;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The run's index.html as a browser shows it: Reporter writes a real run folder's page, headless Chromium opens it
 * from the file system, and the test reads what was shown: the charts loaded at their real size, the tables hold
 * results.csv's numbers as the report formats them, the reasons of skipped and failed cells are there, and nothing
 * was fetched from the network. Skipped without Chromium, unless -Dtvp.requireBrowser=true (as in CI).
 */
class RunPageInBrowserTest {

    @TempDir
    static Path tmp;

    private static HeadlessChromium chromium;
    private static ReportOutput out;
    private static List<CSVRecord> csv;
    private static PageView page;
    private static List<ResultRow> rows;

    @BeforeAll
    static void renderTheRunPage() throws Exception {
        if (HeadlessChromium.find().isEmpty()) {
            return; // each test is then skipped, or fails if the browser is required: see browserIsThere
        }
        chromium = HeadlessChromium.requireOrSkip();
        Path run = tmp.resolve("run");
        Fixtures.full(run).write();
        out = Reporter.write(run, tmp.resolve("charts"));
        try (Reader r = Files.newBufferedReader(out.csv(), StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            csv = p.getRecords();
        }
        rows = ResultsCsvReader.read(out.csv()).rows();
        page = chromium.render(out.html());
    }

    @BeforeEach
    void browserIsThere() {
        if (chromium == null) {
            HeadlessChromium.requireOrSkip(); // in each test rather than once, so that the report counts the skips
        }
    }

    @AfterEach
    void noBrowserProcessIsLeft() {
        assertEquals(List.of(), HeadlessChromium.leftovers(), "chromium processes left running");
    }

    @Test
    void everyChartLoadsAtTheSizeOfItsFile() throws Exception {
        assertEquals(5, out.charts().size(), "charts written: " + out.charts());
        assertEquals(out.charts().stream().map(c -> c.getFileName().toString()).toList(),
                page.images().stream().map(PageView.Image::src).toList(), "one image per chart, in order");
        for (Path chart : out.charts()) {
            PageView.Image shown = page.image(chart.getFileName().toString()).orElseThrow();
            BufferedImage file = ImageIO.read(chart.toFile());
            assertTrue(shown.loaded(), "not loaded: " + shown);
            assertEquals(file.getWidth(), shown.naturalWidth(), shown.toString());
            assertEquals(file.getHeight(), shown.naturalHeight(), shown.toString());
            assertTrue(shown.naturalWidth() >= 600 && shown.naturalHeight() >= 400, "a real chart's size: " + shown);
            assertEquals(chart.toUri().toString(), shown.url());
        }
    }

    @Test
    void aChartFileThatIsMissingShowsAsNotLoaded() throws Exception {
        Path variant = Files.createDirectories(tmp.resolve("variant"));
        try (Stream<Path> files = Files.list(out.html().getParent())) {
            for (Path f : files.toList()) {
                Files.copy(f, variant.resolve(f.getFileName()));
            }
        }
        Files.delete(variant.resolve("squares-speedup.png"));

        PageView broken = chromium.render(variant.resolve(Reporter.HTML));

        PageView.Image missing = broken.image("squares-speedup.png").orElseThrow();
        assertFalse(missing.loaded(), missing.toString());
        assertEquals(0, missing.naturalWidth());
        assertEquals(4, broken.images().stream().filter(PageView.Image::loaded).count(), broken.images().toString());
    }

    @Test
    void measuredRowsShowTheCsvNumbersAsTheReportFormatsThem() {
        int checked = 0;
        for (CSVRecord r : csv) {
            ResultRow row = rowOf(r);
            if (!row.measured()) {
                continue;
            }
            Map<String, String> shown = shownRow(r);
            assertEquals(Figures.withError(row.scoreMs(), row.errorMs()), shown.get("time (ms)"), "time of " + r);
            assertEquals(Double.isNaN(row.speedup()) ? "" : Figures.ratio(row.speedup()), shown.get("speedup"),
                    "speedup of " + r);
            assertEquals(Double.isNaN(row.efficiency()) ? "" : Figures.percent(row.efficiency(), 0),
                    shown.get("efficiency"), "efficiency of " + r);
            assertEquals("done", shown.get("status"));
            checked++;
        }
        assertEquals(out.measured(), checked, "every measured row of results.csv was found on the page");
        assertTrue(checked >= 20, "checked " + checked);
        // the fixture's values, formatted by hand once, so that a formatter that shows nothing cannot pass
        assertEquals("215.0 \u00b1 4.0", shownRow(find("countdown", "multi-thread", "4")).get("time (ms)"));
        assertEquals("3.72\u00d7", shownRow(find("countdown", "multi-thread", "4")).get("speedup"));
        assertEquals("93%", shownRow(find("countdown", "multi-thread", "4")).get("efficiency"));
        assertEquals("350 \u00b1 25", shownRow(find("countdown", "multi-process", "4")).get("time (ms)"));
    }

    @Test
    void eachWorkloadsTableHasOneRowPerCsvRow() {
        for (String workload : List.of("countdown", "squares", "sleep")) {
            long inCsv = csv.stream().filter(r -> r.get("workload").equals(workload)).count();
            assertEquals(inCsv, table(workload).rows().size() - 1, workload + " rows under the header");
        }
        assertEquals(List.of("model", "workers", "tasks", "time (ms)", "forks", "speedup", "efficiency", "status"),
                table("sleep").rows().get(0));
    }

    @Test
    void skippedAndFailedRowsShowTheirStatusAndTheirReasonIsListed() {
        List<String> lines = page.text().lines().map(String::strip).toList();
        int checked = 0;
        for (CSVRecord r : csv) {
            ResultRow row = rowOf(r);
            if (row.measured()) {
                continue;
            }
            Map<String, String> shown = shownRow(r);
            assertEquals(r.get("status"), shown.get("status"), r.toString());
            assertEquals("\u2014", shown.get("time (ms)"), r.toString());
            String reason = row.reason().isEmpty() ? "no reason recorded" : row.reason();
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(r.get("status") + " " + r.get("workload") + " ")
                            && l.endsWith(": " + reason)),
                    "no line '" + r.get("status") + " " + r.get("workload") + " ...: " + reason + "' in\n" + page.text());
            checked++;
        }
        assertEquals(out.rows() - out.measured(), checked);
        assertTrue(page.text().contains("more workers than cores in the quick profile"), page.text());
        assertTrue(page.text().contains("child JVM exited with code 137"), page.text());
    }

    @Test
    void thePageFetchesNothingFromTheNetwork() {
        assertEquals(List.of(), page.externalRequests());
        assertEquals(out.html().toUri().toString(), page.url());
        assertEquals("Threads vs processes: run 2025-01-02T03-04-05Z-testhost", page.title());
    }

    /** The record's row in its workload's table, header name to cell text; exactly one must match. */
    private static Map<String, String> shownRow(CSVRecord r) {
        PageView.Table table = table(r.get("workload"));
        List<String> header = table.rows().get(0);
        String workers = r.get("workers");
        List<List<String>> matches = table.rows().subList(1, table.rows().size()).stream()
                .filter(cells -> cells.size() == header.size())
                .filter(cells -> cell(header, cells, "model").equals(r.get("model"))
                        && cell(header, cells, "workers").equals(workers)
                        && (!header.contains("tasks") || cell(header, cells, "tasks").equals(r.get("tasks")))
                        && (!header.contains("count") || cell(header, cells, "count").equals(r.get("count")))
                        && (!header.contains("sleep (ms)") || cell(header, cells, "sleep (ms)").equals(r.get("sleep_millis"))))
                .toList();
        assertEquals(1, matches.size(), "rows on the page for " + r + ": " + matches);
        Map<String, String> byName = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.put(header.get(i), matches.get(0).get(i));
        }
        return byName;
    }

    private static String cell(List<String> header, List<String> cells, String name) {
        return cells.get(header.indexOf(name));
    }

    /** The numbers table under the workload's heading (the heading is the workload's name, capitalised). */
    private static PageView.Table table(String workload) {
        String heading = workload.substring(0, 1).toUpperCase(Locale.ROOT) + workload.substring(1);
        List<PageView.Table> found = page.tables().stream()
                .filter(t -> t.className().equals("rows") && t.heading().equals(heading)).toList();
        assertEquals(1, found.size(), "tables under '" + heading + "': " + page.tables());
        return found.get(0);
    }

    private static CSVRecord find(String workload, String model, String workers) {
        return csv.stream().filter(r -> r.get("workload").equals(workload) && r.get("model").equals(model)
                && r.get("workers").equals(workers)).findFirst().orElseThrow();
    }

    /** The CSV record as a row, read back from results.csv by the suite's own reader. */
    private static ResultRow rowOf(CSVRecord r) {
        return rows.get((int) r.getRecordNumber() - 1);
    }
}

package threadsvsprocesses.report.compare;

import threadsvsprocesses.report.format.Figures;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.report.browser.HeadlessChromium;
import threadsvsprocesses.report.browser.PageView;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The comparison page as a reader sees it, in headless Chromium: every chart loads, nothing is fetched from the
 * network, and the tables show comparison.csv's numbers for each run.
 */
class ComparePageInBrowserTest {

    @TempDir
    Path tmp;

    @AfterEach
    void noBrowserLeft() {
        assertEquals(List.of(), HeadlessChromium.leftovers(), "chromium processes left running");
    }

    @Test
    void theComparisonPageShowsItsChartsAndTheCsvNumbers() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.requireOrSkip();
        Path laptop = CompareFixtures.laptop().writeRun(tmp.resolve("results").resolve(CompareFixtures.LAPTOP_ID));
        Compare.Output out = Compare.run(List.of(CompareFixtures.REFERENCE.getParent().toString(), laptop.toString()),
                null, tmp.resolve("charts"));

        PageView page = chromium.render(out.dir().resolve(Compare.HTML));

        assertEquals(List.of(), page.externalRequests(), "the page works offline");
        assertEquals(out.charts().size(), page.images().size(), page.images().toString());
        for (PageView.Image image : page.images()) {
            assertTrue(image.loaded(), image + " did not load");
            assertEquals(1200, image.naturalWidth(), image.toString());
        }
        List<List<String>> shown = page.tables().stream().filter(t -> t.className().contains("compare"))
                .flatMap(t -> t.rows().stream()).toList();
        assertFalse(shown.isEmpty(), "comparison tables");
        int checked = 0;
        for (CSVRecord r : csv(out.dir().resolve(Compare.CSV))) {
            if (!r.get("run_id").equals(CompareFixtures.LAPTOP_ID) || !r.get("workload").equals("countdown")
                    || !r.get("status").equals("done") || r.get("ratio_to_baseline").isEmpty()) {
                continue;
            }
            String value = Figures.withError(Double.parseDouble(r.get("score")), number(r.get("score_error")));
            String ratio = Figures.ratio(Double.parseDouble(r.get("ratio_to_baseline")));
            assertTrue(shown.stream().anyMatch(row -> row.contains(r.get("machine")) && row.contains(value)
                    && row.contains(ratio)), "no table row shows " + r.get("machine") + " " + value + " " + ratio
                    + " for " + r.get("model") + " " + r.get("params"));
            checked++;
        }
        assertTrue(checked >= 5, "compared countdown rows checked: " + checked);
    }

    private static double number(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (CSVParser p = CSVParser.parse(Files.readString(file, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }
}

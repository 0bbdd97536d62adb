package threadsvsprocesses.report.page;

import threadsvsprocesses.report.Fixtures;
import threadsvsprocesses.report.ReportOutput;
import threadsvsprocesses.report.Reporter;
import threadsvsprocesses.report.RunFixture;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RowBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.run.MachineInfo;
import threadsvsprocesses.run.RunFolder;
import threadsvsprocesses.run.RunPlan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {

    private static final Pattern IMG_SRC = Pattern.compile("<img\\s[^>]*\\bsrc=\"([^\"]*)\"");
    private static final Pattern URL_ATTR = Pattern.compile("\\b(?:src|href)\\s*=\\s*[\"']?([^\"'\\s>]*)",
            Pattern.CASE_INSENSITIVE);
    private static final String SCRIPT = "<script>alert(1)</script>";

    @TempDir
    Path tmp;

    private Path run;
    private Path charts;
    private RunFixture fixture;
    private ReportOutput out;
    private String html;

    @BeforeEach
    void report() throws Exception {
        run = tmp.resolve("run");
        charts = tmp.resolve("charts");
        fixture = Fixtures.full(run);
        fixture.write();
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY); // decimal commas must not leak into the page
        try {
            out = Reporter.write(run, charts);
        } finally {
            Locale.setDefault(saved);
        }
        html = Files.readString(out.html(), StandardCharsets.UTF_8);
    }

    @Test
    void escapeReplacesAllFiveSpecialCharacters() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;t&#39;&gt;Tom &amp; Jerry&lt;/a&gt;",
                HtmlReport.escape("<a href=\"x\" title='t'>Tom & Jerry</a>"));
        assertEquals("plain \u00b1 text", HtmlReport.escape("plain \u00b1 text"));
        assertEquals("&amp;amp;", HtmlReport.escape("&amp;"));
        assertEquals("", HtmlReport.escape(null));
    }

    @Test
    void indexHtmlIsWrittenBesideTheCharts() {
        assertEquals(charts.resolve(Reporter.HTML), out.html());
        assertTrue(Files.isRegularFile(charts.resolve("index.html")));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<meta name=\"viewport\""));
        assertTrue(html.contains("<title>Threads vs processes: run 2025-01-02T03-04-05Z-testhost</title>"));
        assertTrue(html.contains("<td>Test CPU 3000, &quot;8&quot; threads</td>"), "machine CPU row");
        assertTrue(html.contains("<ul class=\"args\"><li><code>-Xmx2g</code></li></ul>"), "JVM args as a list");
        assertTrue(html.contains("Profile <strong>quick</strong>, complete."));
    }

    @Test
    void everyDoneRowShowsItsFormattedTime() {
        List<ResultRow> rows = RowBuilder.build(run, fixture.cells());
        List<ResultRow> measured = rows.stream().filter(ResultRow::measured).toList();
        assertEquals(out.measured(), measured.size());
        for (ResultRow r : measured) {
            String cell = "<td class=\"num\">" + HtmlReport.escape(ReportFormat.time(r)) + "</td>";
            assertTrue(html.contains(cell), r.workload() + " " + r.cell().params() + ": " + cell);
        }
        // pinned values, the same text report.md shows
        assertTrue(html.contains("<td class=\"num\">800.0 \u00b1 10.0</td><td class=\"num\">1.00\u00d7</td>"
                + "<td class=\"num\">100%</td><td>done</td>"), "countdown single-thread");
        assertTrue(html.contains("<td class=\"num\">350.0 \u00b1 25.0</td>"), "us/op converted to ms");
        assertTrue(html.contains("<td class=\"num\">212.0</td>"), "NaN error shows no \u00b1");
        assertFalse(html.contains("800,0"), "locale leaked");
    }

    @Test
    void everyImageNamesAChartInTheFolder() {
        List<String> srcs = new ArrayList<>();
        Matcher m = IMG_SRC.matcher(html);
        while (m.find()) {
            srcs.add(m.group(1));
        }
        assertFalse(out.charts().isEmpty());
        assertEquals(out.charts().size(), srcs.size(), "one image per chart: " + srcs);
        for (String src : srcs) {
            assertFalse(src.contains("/") || src.contains(".."), src + " should be a file name beside the page");
            assertTrue(Files.isRegularFile(out.html().resolveSibling(src)), src + " missing");
        }
        for (Path chart : out.charts()) {
            assertTrue(srcs.contains(chart.getFileName().toString()), chart + " not shown");
        }
    }

    @Test
    void nothingIsFetchedFromTheNetwork() {
        Matcher m = URL_ATTR.matcher(html);
        int urls = 0;
        while (m.find()) {
            urls++;
            String v = m.group(1).toLowerCase(Locale.ROOT);
            assertFalse(v.startsWith("http:") || v.startsWith("https:") || v.startsWith("//"), m.group());
        }
        assertTrue(urls > 0, "the check saw no src attribute at all");
        assertFalse(html.contains("http://") || html.contains("https://"));
        assertFalse(html.contains("<link"), "external stylesheet");
    }

    @Test
    void markupFromRunFilesIsEscaped() throws Exception {
        MachineInfo m = RunFixture.machine();
        new RunFolder(run).writeMachine(new MachineInfo(m.runId() + "<b>", m.startedAt(), SCRIPT,
                "<img src=x onerror=alert(2)>", m.cores(), m.memoryBytes(), m.os(), m.jvmVendor(), m.jvmVersion(),
                m.javaHome(), List.of("-Dx=\"'<i>'\"", SCRIPT), m.profile(), m.suiteVersion()));
        String page = Files.readString(Reporter.write(run, charts).html(), StandardCharsets.UTF_8);
        assertTrue(page.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"), "host row");
        assertTrue(page.contains("<li><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></li>"), "JVM arg");
        assertTrue(page.contains("-Dx=&quot;&#39;&lt;i&gt;&#39;&quot;"));
        assertTrue(page.contains("&lt;img src=x onerror=alert(2)&gt;"));
        assertTrue(page.contains("testhost&lt;b&gt;</h1>"));
        String lower = page.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "live script tag");
        assertFalse(lower.contains("<img src=x"), "live image with an event handler");
        assertFalse(page.contains("<b>") || page.contains("<i>"));
    }

    @Test
    void skippedFailedAndNotReachedCellsShowTheirReasons() {
        int section = html.indexOf("<h2 id=\"not-done\">Skipped and failed cells</h2>");
        assertTrue(section > 0);
        String list = html.substring(section);
        assertTrue(list.contains("<li><strong>skipped</strong> squares <code>{count=1000000, model=process-pool, "
                + "workers=8}</code>: more workers than cores in the quick profile</li>"), list);
        assertTrue(list.contains("child JVM exited with code 137"));
        assertTrue(list.contains("<li><strong>planned</strong> sleep"));
    }

    @Test
    void partialRunsAreMarked() {
        RunPlan p = new RunPlan(RunFixture.machine().runId(), "smoke", true, fixture.cells());
        String page = HtmlReport.render(RunFixture.machine(), p, RowBuilder.build(run, p.cells()), charts, out.charts());
        assertTrue(page.contains("Profile <strong>smoke</strong>, <span class=\"partial\">partial</span>"));
        assertFalse(html.contains("class=\"partial\""));
    }
}

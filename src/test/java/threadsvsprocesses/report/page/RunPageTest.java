package threadsvsprocesses.report.page;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.report.Fixtures;
import threadsvsprocesses.report.ReportOutput;
import threadsvsprocesses.report.Reporter;
import threadsvsprocesses.report.RunFixture;
import threadsvsprocesses.report.claims.Claims;
import threadsvsprocesses.report.rows.RowBuilder;
import threadsvsprocesses.report.rows.RunRows;
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

/**
 * The page of a run ({@code index.html} and {@code report.md}) written by the reporter from a fixture run. The run is
 * reported once, charts included, and every test reads the same pages; expected values are written out by hand from
 * the fixture's figures ({@link Fixtures#full}), never computed by the code under test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunPageTest {

    private static final Pattern IMG_SRC = Pattern.compile("<img\\s[^>]*\\bsrc=\"([^\"]*)\"");
    private static final Pattern URL_ATTR = Pattern.compile("\\b(?:src|href)\\s*=\\s*[\"']?([^\"'\\s>]*)",
            Pattern.CASE_INSENSITIVE);
    private static final String SCRIPT = "<script>alert(1)</script>";

    private Path run;
    private Path charts;
    private RunFixture fixture;
    private ReportOutput out;
    private String html;
    private String markdown;

    @BeforeAll
    void report(@TempDir Path tmp) throws Exception {
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
        markdown = Files.readString(out.report(), StandardCharsets.UTF_8);
    }

    @Test
    void thePageOpensWithWhatTheRunFoundEachSentenceLinkingToItsTableAndChart() {
        for (String page : List.of(html, markdown)) {
            int found = page.indexOf("On this machine");
            assertTrue(found > 0, "the findings are there");
            assertTrue(found < page.indexOf("Machine</h2>") || found < page.indexOf("## Machine"), "before the machine");
        }
        assertTrue(html.contains("<h2 id=\"on-this-machine\">On this machine</h2>"), "its heading, with an anchor");
        assertTrue(html.contains("<strong>CPU-bound work:</strong>"), "the CPU-bound finding");
        assertTrue(html.contains("href=\"#" + RunPage.anchor("countdown") + "\">table</a>"), "links to its table");
        Matcher chart = Pattern.compile("href=\"(countdown-[a-z]+\\.png)\">chart</a>").matcher(html);
        assertTrue(chart.find(), "links to its chart");
        assertTrue(Files.isRegularFile(charts.resolve(chart.group(1))), "a chart that exists: " + chart.group(1));
        assertTrue(markdown.contains("**CPU-bound work:**"), "the same in report.md");
        assertTrue(html.contains("<th>deciding figure</th>"), "the claims table shows the deciding figure");
    }

    @Test
    void indexHtmlIsWrittenBesideTheCharts() {
        assertEquals(charts.resolve(Reporter.HTML), out.html());
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<meta name=\"viewport\""));
        assertTrue(html.contains("<title>Threads vs processes: run 2025-01-02T03-04-05Z-testhost</title>"));
        assertTrue(html.contains("<td>Test CPU 3000, &quot;8&quot; threads</td>"), "machine CPU row");
        assertTrue(html.contains("<ul class=\"args\"><li><code>-Xmx2g</code></li></ul>"), "JVM args as a list");
        assertTrue(html.contains("Profile <strong>quick</strong>, complete."));
    }

    @Test
    void timesShowWithTheirErrorAtOnePrecision() {
        // countdown single-thread: 800 ms ± 10, speedup 1, efficiency 100%
        assertTrue(html.contains("<td class=\"num\">800 \u00b1 10</td><td class=\"num\">2</td><td class=\"num\">1.00\u00d7</td>"
                + "<td class=\"num\">100%</td><td>done</td>"), "countdown single-thread");
        // multi-thread at 2: 410 ± 5 ms, 800 / 410 = 1.95x, over 2 workers 98%
        assertTrue(html.contains("<td class=\"num\">410.0 \u00b1 5.0</td><td class=\"num\">2</td><td class=\"num\">1.95\u00d7</td>"
                + "<td class=\"num\">98%</td>"), "countdown multi-thread at 2");
        assertTrue(html.contains("<td class=\"num\">350 \u00b1 25</td>"), "350,000 us/op shown as 350 ms");
        assertTrue(html.contains("<td class=\"num\">212</td>"), "NaN error shows no \u00b1");
        assertTrue(html.contains("<td class=\"num\">1,005 \u00b1 20</td>"), "sleep single-thread at 10 tasks");
        assertFalse(html.contains("800,0"), "locale leaked");
        assertTrue(markdown.contains("| single-thread | 1 | 800 \u00b1 10 | 2 | 1.00\u00d7 | 100% | done |"), "report.md row");
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
            assertTrue(markdown.contains("](" + src + ")"), src + " missing from report.md");
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
    void markupFromRunFilesIsEscaped() {
        MachineInfo m = RunFixture.machine();
        MachineInfo hostile = new MachineInfo(m.runId() + "<b>", m.startedAt(), SCRIPT, "<img src=x onerror=alert(2)>",
                m.cores(), m.memoryBytes(), m.os(), m.jvmVendor(), m.jvmVersion(), m.javaHome(),
                List.of("-Dx=\"'<i>'\"", SCRIPT), m.profile(), m.suiteVersion());
        Page outline = page(hostile, new RunPlan(m.runId(), "quick", false, fixture.cells()));
        String page = HtmlRenderer.render(outline);
        assertTrue(page.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"), "host row");
        assertTrue(page.contains("<li><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></li>"), "JVM arg");
        assertTrue(page.contains("-Dx=&quot;&#39;&lt;i&gt;&#39;&quot;"));
        assertTrue(page.contains("&lt;img src=x onerror=alert(2)&gt;"));
        assertTrue(page.contains("testhost&lt;b&gt;</h1>"));
        String lower = page.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "live script tag");
        assertFalse(lower.contains("<img src=x"), "live image with an event handler");
        assertFalse(page.contains("<b>") || page.contains("<i>"));
        String md = MarkdownRenderer.render(outline);
        assertFalse(md.contains("<script") || md.contains("<img src=x"), "live markup in report.md");
        assertTrue(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;") || md.contains("&lt;script>alert(1)&lt;/script>"));
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
        assertTrue(markdown.contains("- **skipped** squares `{count=1000000, model=process-pool, workers=8}`: more"
                + " workers than cores in the quick profile"), "report.md");
    }

    @Test
    void partialRunsAreMarked() {
        Page partial = page(RunFixture.machine(), new RunPlan(RunFixture.machine().runId(), "smoke", true,
                fixture.cells()));
        assertTrue(HtmlRenderer.render(partial).contains("Profile <strong>smoke</strong>, <span class=\"partial\">"
                + "partial</span> (interrupted or still running)"));
        assertTrue(MarkdownRenderer.render(partial).contains("Profile **smoke**, **partial** (interrupted or still running)"));
        assertFalse(html.contains("class=\"partial\""));
    }

    /** The page of the fixture's rows for {@code machine} and {@code plan}, with the charts already drawn. */
    private Page page(MachineInfo machine, RunPlan plan) {
        RunRows rows = new RunRows(RowBuilder.build(run, plan.cells()));
        return RunPage.of(machine, plan, rows, charts, out.charts(), Claims.judge(rows, machine.cores()));
    }
}

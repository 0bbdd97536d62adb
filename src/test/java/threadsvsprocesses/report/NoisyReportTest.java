package threadsvsprocesses.report;

import org.junit.jupiter.api.BeforeAll;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.report.claims.ClaimResult;
import threadsvsprocesses.report.claims.ClaimRule;
import threadsvsprocesses.report.claims.Claims;
import threadsvsprocesses.report.compare.Compare;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.ResultsCsvReader;
import threadsvsprocesses.report.rows.RowBuilder;
import threadsvsprocesses.report.rows.RunRows;
import threadsvsprocesses.run.PlannedCell;
import threadsvsprocesses.run.RunFolder;
import threadsvsprocesses.run.noise.CellNoise;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run with one noisy cell (countdown under multi-thread at all cores, measured twice): its noise reaches
 * results.csv and reads back, the page and report.md open with a banner naming it, the claim whose evidence uses it
 * says so beside its verdict (C2), the others do not, and compare marks its rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoisyReportTest {

    private static final CellNoise NOISY = new CellNoise(0.30, 0.0, 4, true, true, null);
    private static final CellNoise QUIET = new CellNoise(0.01, 0.002, 4, false, false, null);

    private Path run;
    private Path tmp;
    private ReportOutput out;

    @BeforeAll
    void report(@TempDir Path dir) {
        tmp = dir;
        run = dir.resolve("run");
        RunFixture fixture = Fixtures.full(run);
        fixture.cells().replaceAll(c -> c.status() != PlannedCell.Status.DONE ? c
                : c.withNoise(isNoisy(c) ? NOISY : QUIET, List.of()));
        fixture.write();
        out = Reporter.write(run, dir.resolve("charts"));
    }

    private static boolean isNoisy(PlannedCell c) {
        return c.workload().equals("countdown") && "multi-thread".equals(c.params().get("model"))
                && "4".equals(c.params().get("workers"));
    }

    @Test
    void theNoiseOfEachCellIsInResultsCsvAndReadsBack() {
        assertEquals(1, out.noisy());
        List<ResultRow> rows = ResultsCsvReader.read(out.csv()).rows();
        List<ResultRow> noisy = rows.stream().filter(ResultRow::noisy).toList();
        assertEquals(1, noisy.size());
        assertEquals(0.30, noisy.get(0).noise().foreignCpu(), 1e-12);
        assertTrue(noisy.get(0).noise().retried(), "attempts 2");
        ResultRow quiet = rows.stream().filter(r -> r.measured() && !r.noisy()).findFirst().orElseThrow();
        assertEquals(0.002, quiet.noise().steal(), 1e-12);
        assertFalse(quiet.noise().retried());
        ResultRow skipped = rows.stream().filter(r -> r.status() == PlannedCell.Status.SKIPPED).findFirst().orElseThrow();
        assertEquals(null, skipped.noise(), "a cell not measured has no noise");
    }

    @Test
    void thePageAndReportMdOpenWithABannerNamingTheNoisyCells() throws Exception {
        String md = Files.readString(out.report(), StandardCharsets.UTF_8);
        String banner = md.substring(md.indexOf("\n\n") + 2);
        assertTrue(banner.startsWith("**Noisy:** 1 of "), banner);
        assertTrue(banner.contains("- `countdown count=50000000 model=multi-thread workers=4`: foreign CPU 30.0%"
                + " (1.2 cores), steal 0.0%; a noisy fork measured twice, the quieter attempt kept"), banner);
        String html = Files.readString(out.html(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<p class=\"noisy-banner\"><span class=\"noisy\">Noisy:</span> 1 of "), html);
        assertTrue(html.indexOf("noisy-banner") < html.indexOf("<h2 id=\"machine\">"), "before everything else");
    }

    @Test
    void aClaimWhoseEvidenceIncludesANoisyCellSaysSoBesideItsVerdict() throws Exception {
        RunRows rows = new RunRows(RowBuilder.build(run, new RunFolder(run).readPlan().cells()));
        List<ClaimResult> claims = Claims.judge(rows, RunFixture.CORES);
        ClaimResult c2 = claims.stream().filter(c -> c.id().equals("C2")).findFirst().orElseThrow();
        assertTrue(c2.noisyEvidence());
        assertEquals(List.of("countdown count=50000000 model=multi-thread workers=4 (foreign CPU 30.0% (1.2 cores),"
                + " steal 0.0%)"), c2.noisy());
        assertTrue(c2.evidence().get(c2.evidence().size() - 1).startsWith(ClaimRule.NOISY), c2.evidence().toString());
        ClaimResult c3 = claims.stream().filter(c -> c.id().equals("C3")).findFirst().orElseThrow();
        assertFalse(c3.noisyEvidence(), "sleep's evidence was measured quietly");
        String claimsCsv = Files.readString(new RunFolder(run).file(Claims.CSV));
        assertTrue(claimsCsv.contains("noisy evidence, measured while the machine was busy: countdown"), claimsCsv);
        String html = Files.readString(out.html(), StandardCharsets.UTF_8);
        assertTrue(html.contains(c2.verdict().text() + " (noisy evidence)</td>"), "beside the verdict in the table");
    }

    @Test
    void compareMarksEveryRowWhereEitherSideWasNoisy() throws Exception {
        // the same run measured quietly elsewhere: another run id and host
        Path quiet = tmp.resolve("quiet.csv");
        String id = RunFixture.machine().runId();
        Files.writeString(quiet, Files.readString(out.csv()).replace(id, "2025-01-03T03-04-05Z-otherhost")
                .replace(",testhost,", ",otherhost,").replace(",true,2,", ",false,1,"));
        Compare.Output compared = Compare.run(List.of(quiet.toString(), out.csv().toString()), null, tmp.resolve("cmp"));
        assertEquals(1, noisyRows(compared.csv()), "the noisy run's row; the quiet baseline's own row is not marked");
        String md = Files.readString(compared.report());
        assertTrue(md.contains("(noisy: this run measured on a busy machine"), md);
        assertTrue(md.contains("1 measured on a busy machine in some run, marked noisy"), md);

        // with the noisy run as the baseline, every row compared against it is marked too
        Compare.Output againstNoisy = Compare.run(List.of(out.csv().toString(), quiet.toString()), null,
                tmp.resolve("cmp2"));
        assertEquals(2, noisyRows(againstNoisy.csv()));
        assertTrue(Files.readString(againstNoisy.report()).contains("(noisy: the baseline measured on a busy machine"));
    }

    /** The rows of a comparison.csv whose noisy column is true. */
    private static long noisyRows(Path csv) throws Exception {
        try (CSVParser p = CSVParser.parse(csv, StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            assertTrue(p.getHeaderNames().contains("noisy"));
            return p.getRecords().stream().filter(r -> r.get("noisy").equals("true")).count();
        }
    }
}

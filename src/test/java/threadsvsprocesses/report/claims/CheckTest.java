package threadsvsprocesses.report.claims;

import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.RunRows;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static threadsvsprocesses.report.claims.Check.Outcome.FAIL;
import static threadsvsprocesses.report.claims.Check.Outcome.PASS;
import static threadsvsprocesses.report.claims.Check.Outcome.UNSURE;

class CheckTest {

    @Test
    void onlyTheWholeErrorBarDecides() {
        assertEquals(PASS, Check.atLeast("x", new Estimate(3, 0.5), 2.4, Figures::ratio).outcome());
        assertEquals(UNSURE, Check.atLeast("x", new Estimate(2.6, 0.5), 2.4, Figures::ratio).outcome());
        assertEquals(UNSURE, Check.atLeast("x", new Estimate(2.2, 0.5), 2.4, Figures::ratio).outcome());
        assertEquals(FAIL, Check.atLeast("x", new Estimate(1.8, 0.5), 2.4, Figures::ratio).outcome());
        assertEquals(PASS, Check.atMost("x", new Estimate(1.0, 0.1), 1.2, Figures::ratio).outcome());
        assertEquals(UNSURE, Check.atMost("x", new Estimate(1.25, 0.1), 1.2, Figures::ratio).outcome());
        assertEquals(FAIL, Check.atMost("x", new Estimate(1.4, 0.1), 1.2, Figures::ratio).outcome());
        assertEquals(PASS, Check.above("x", Estimate.exact(1), 0, Figures::count).outcome());
        assertEquals(FAIL, Check.above("x", Estimate.exact(0), 0, Figures::count).outcome());
        assertEquals(UNSURE, Check.atLeast("x", new Estimate(Double.NaN, 1), 0, Figures::count).outcome());
    }

    @Test
    void aFractionSummedFromIterationSharesIsComparedWithinRounding() {
        double sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += 1.0 / 10; // how JMH adds up stoppedFraction's 10 shares of 1
        }
        assertTrue(sum < 1, "the sum falls short of 1 by rounding: " + sum);
        assertEquals(PASS, Check.atLeast("x", Estimate.exact(sum), 1, Figures::number).outcome());
        assertEquals(FAIL, Check.atLeast("x", Estimate.exact(0.95), 1, Figures::number).outcome());
        assertEquals(PASS, Check.atMost("x", Estimate.exact(1e-17), 0, Figures::number).outcome());
    }

    @Test
    void withoutAnErrorTheFigureDecidesAndTheEvidenceSaysSo() {
        Check c = Check.atLeast("speedup", new Estimate(2.5, Double.NaN), 2.4, Figures::ratio);
        assertEquals(PASS, c.outcome());
        assertEquals("speedup 2.50\u00d7 (no error bar: too few samples) (needs \u2265 2.40\u00d7): yes", c.text());
        assertTrue(Check.atLeast("s", new Estimate(2.5, 0.2), 2.4, Figures::ratio).text()
                .endsWith("cannot tell, the error bar straddles 2.40\u00d7"));
    }

    @Test
    void aRatioCarriesBothRelativeErrors() {
        Estimate r = new Estimate(800, 8).over(new Estimate(200, 4));
        assertEquals(4, r.value(), 1e-12);
        assertEquals(4 * (0.01 + 0.02), r.error(), 1e-12);
        assertTrue(Double.isNaN(new Estimate(800, Double.NaN).over(new Estimate(200, 4)).error()));
    }

    @Test
    void claimsCsvHasOneRowPerClaimWithTheContractColumns() throws Exception {
        String csv = Claims.render(Claims.judge(new RunRows(List.of()), 4));
        try (CSVParser p = CSVParser.parse(new StringReader(csv),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(List.of("id", "claim", "verdict", "evidence", "rule", "deciding"), p.getHeaderNames(),
                    "columns are only ever appended");
            List<CSVRecord> records = p.getRecords();
            assertEquals(12, records.size());
            assertEquals("C11", records.get(10).get("id"));
            assertEquals("spawn is safe but slower, fork is faster", records.get(10).get("claim"));
            assertEquals("not measured in this run", records.get(10).get("verdict"));
            assertTrue(records.get(10).get("rule").startsWith("Launch: "), records.get(10).get("rule"));
            assertTrue(records.get(10).get("deciding").startsWith("not measured: "), records.get(10).get("deciding"));
        }
    }
}

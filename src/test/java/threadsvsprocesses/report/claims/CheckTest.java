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

    /** value ± half. */
    private static Estimate pm(double value, double half) {
        return new Estimate(value, value - half, value + half);
    }

    @Test
    void onlyTheWholeIntervalDecides() {
        assertEquals(PASS, Check.atLeast("x", pm(3, 0.5), 2.4, Figures::ratio).outcome());
        assertEquals(UNSURE, Check.atLeast("x", pm(2.6, 0.5), 2.4, Figures::ratio).outcome());
        assertEquals(UNSURE, Check.atLeast("x", pm(2.2, 0.5), 2.4, Figures::ratio).outcome());
        assertEquals(FAIL, Check.atLeast("x", pm(1.8, 0.5), 2.4, Figures::ratio).outcome());
        assertEquals(PASS, Check.atMost("x", pm(1.0, 0.1), 1.2, Figures::ratio).outcome());
        assertEquals(UNSURE, Check.atMost("x", pm(1.25, 0.1), 1.2, Figures::ratio).outcome());
        assertEquals(FAIL, Check.atMost("x", pm(1.4, 0.1), 1.2, Figures::ratio).outcome());
        assertEquals(PASS, Check.above("x", Estimate.exact(1), 0, Figures::count).outcome());
        assertEquals(FAIL, Check.above("x", Estimate.exact(0), 0, Figures::count).outcome());
        assertEquals(UNSURE, Check.atLeast("x", pm(Double.NaN, 1), 0, Figures::count).outcome());
        assertEquals(UNSURE, Check.atLeast("x", new Estimate(3, 2.0, 2.6), 2.4, Figures::ratio).outcome(),
                "an interval that is not symmetric: its lower end decides");
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
    void withoutAnIntervalTheFigureDecidesAndTheEvidenceSaysSo() {
        Check c = Check.atLeast("speedup", Estimate.unknown(2.5), 2.4, Figures::ratio);
        assertEquals(PASS, c.outcome());
        assertEquals("speedup 2.50\u00d7 (no interval: too few samples) (needs \u2265 2.40\u00d7): yes", c.text());
        assertEquals("speedup 2.50\u00d7 (interval 2.30\u00d7 to 2.70\u00d7) (needs \u2265 2.40\u00d7): cannot tell, the"
                + " interval straddles 2.40\u00d7", Check.atLeast("speedup", pm(2.5, 0.2), 2.4, Figures::ratio).text());
        assertTrue(Check.atLeast("s", new Estimate(2.5, 2.45, 2.55, true), 2.4, Figures::ratio).text()
                .contains("(one fork: its interval does not see the spread between forks)"));
    }

    @Test
    void aRatioDividesTheEndsOfBothIntervals() {
        // 800 in [780, 820] over 200 in [190, 210]: 4, from 780/210 to 820/190
        Estimate r = new Estimate(800, 780, 820).over(new Estimate(200, 190, 210));
        assertEquals(4, r.value(), 1e-12);
        assertEquals(780.0 / 210, r.low(), 1e-12);
        assertEquals(820.0 / 190, r.high(), 1e-12);
        assertTrue(r.high() - r.value() > r.value() - r.low(), "a ratio's interval leans up: " + r);
        assertTrue(Double.isNaN(Estimate.unknown(800).over(new Estimate(200, 190, 210)).lower()));
        Estimate open = new Estimate(800, 780, 820).over(new Estimate(10, -5, 25));
        assertEquals(Double.POSITIVE_INFINITY, open.high(), "a divisor whose interval reaches zero bounds nothing");
        assertEquals(Double.NEGATIVE_INFINITY, open.low());
        assertTrue(new Estimate(800, 780, 820, true).over(new Estimate(200, 190, 210)).oneFork(), "a one-fork input");
        Estimate scaled = new Estimate(4, 3, 6).times(-0.5);
        assertEquals(-3, scaled.low(), 1e-12);
        assertEquals(-1.5, scaled.high(), 1e-12);
    }

    @Test
    void claimsCsvHasOneRowPerClaimWithTheContractColumns() throws Exception {
        String csv = Claims.render(Claims.judge(new RunRows(List.of()), 4));
        try (CSVParser p = CSVParser.parse(new StringReader(csv),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(List.of("id", "claim", "verdict", "evidence", "rule", "deciding", "runtimes"), p.getHeaderNames(),
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

package threadsvsprocesses.report.rows;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.report.RunFixture;
import threadsvsprocesses.run.PlannedCell.Status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The suite's interval: forks, not iterations, are the repetitions; older files fall back to JMH's error. */
class IntervalTest {

    @TempDir
    Path tmp;

    /** {@code n} iterations around {@code mean}, spread by {@code spread} (alternating above and below). */
    private static List<Double> fork(double mean, double spread, int n) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(mean + (i % 2 == 0 ? spread : -spread) * (i + 1) / n);
        }
        return values;
    }

    @Test
    void forksThatDisagreeGiveAnIntervalFarWiderThanPooledIterations() {
        // the pipe at 8 B: 0.99M messages/s in one fork, 1.51M in the other, each fork steady within 1%
        List<List<Double>> forks = List.of(fork(0.99e6, 0.01e6, 5), fork(1.51e6, 0.015e6, 5));
        Interval i = Interval.ofForks(forks);
        assertEquals(Interval.Basis.FORKS, i.basis());
        assertEquals(2, i.forks());
        assertEquals(1.51 / 0.99, i.forkSpread(), 0.01);
        List<Double> pooled = forks.stream().flatMap(List::stream).toList();
        double jmh = new TDistribution(null, 9).inverseCumulativeProbability(0.9995) * Interval.stdev(pooled)
                / Math.sqrt(10);
        assertTrue(i.halfWidth() > 10 * jmh, "fork means: ±" + i.halfWidth() + "; JMH's pooled 99.9%: ±" + jmh);
        assertTrue(i.low() < 0.99e6 && i.high() > 1.51e6, "the interval holds both forks: " + i);
    }

    @Test
    void theIntervalIsStudentsTOverTheForkMeans() {
        List<List<Double>> forks = List.of(fork(100, 1, 4), fork(102, 1, 4), fork(101, 1, 4), fork(99, 1, 4),
                fork(103, 1, 4));
        Interval i = Interval.ofForks(forks);
        List<Double> means = forks.stream().map(Interval::mean).toList();
        double half = new TDistribution(null, 4).inverseCumulativeProbability(0.995) * Interval.stdev(means)
                / Math.sqrt(5);
        assertEquals(Interval.mean(means) - half, i.low(), 1e-9);
        assertEquals(Interval.mean(means) + half, i.high(), 1e-9);
        assertEquals(Interval.stdev(means), i.forkStdev(), 1e-12);
        assertEquals(half / 101, i.relativeHalfWidth(101), 1e-3);
        assertTrue(i.forkAware());
    }

    @Test
    void oneForkFallsBackToItsIterationsAndFewerThanThreeSamplesGiveNone() {
        Interval one = Interval.ofForks(List.of(fork(50, 2, 6)));
        assertEquals(Interval.Basis.ITERATIONS, one.basis());
        assertFalse(one.forkAware(), "one fork does not see the spread between forks");
        assertTrue(one.known() && one.low() < 50 && one.high() > 50);
        assertTrue(Double.isNaN(one.forkStdev()));
        assertEquals(Interval.Basis.NONE, Interval.ofForks(List.of(List.of(1.0, 2.0))).basis(), "as JMH: NaN below 3");
        assertEquals(Interval.Basis.NONE, Interval.ofForks(List.of()).basis());
        assertEquals(Interval.Basis.NONE, Interval.ofForks(List.of(List.of(1.0, Double.NaN, 2.0))).basis());
        Interval jmh = Interval.fromJmh(10, 0.5);
        assertEquals(Interval.Basis.JMH, jmh.basis());
        assertEquals(9.5, jmh.low());
        assertEquals(10.5, jmh.high());
        assertFalse(Interval.fromJmh(10, Double.NaN).known());
    }

    @Test
    void theReaderTakesEachForkFromRawDataAndKeepsJmhsErrorAsWritten() throws Exception {
        String json = "[" + RunFixture.result("b.X.x", Map.of("model", "single-thread"), 10, 0.5, "ms/op",
                new double[] {9, 10, 11}, new double[] {9.5, 10, 10.5}) + "]";
        Path file = tmp.resolve("x.json");
        Files.writeString(file, json);
        Metric m = JmhResultReader.read(file).get(0).primary();
        assertEquals(0.5, m.scoreError(), "JMH's error as JMH wrote it");
        assertEquals(2, m.interval().forks());
        assertEquals(Interval.Basis.FORKS, m.interval().basis());
        assertEquals(10, (m.interval().low() + m.interval().high()) / 2, 1e-9, "centred on the mean of fork means");
    }

    @Test
    void aCountersSharesAreScaledBackBeforeTheInterval() throws Exception {
        // @AuxCounters: each raw value is an iteration's figure / 4 (2 forks x 2 iterations); score = their sum
        String result = RunFixture.result("b.X.x", Map.of("model", "single-thread"), 1, 0.1, "ms/op",
                new double[] {1, 1}, new double[] {1, 1});
        String secondary = "\"lost\" : { \"score\" : 100.0, \"scoreError\" : \"NaN\", \"scoreUnit\" : \"#\","
                + " \"rawData\" : [ [ 20.0, 30.0 ], [ 24.0, 26.0 ] ] }\n";
        Path file = tmp.resolve("c.json");
        Files.writeString(file, "[" + result.replace("\"secondaryMetrics\" : {\n", "\"secondaryMetrics\" : {\n"
                + secondary) + "]");
        Interval i = JmhResultReader.read(file).get(0).secondary().get("lost").interval();
        // iterations 80, 120 | 96, 104: fork means 100 and 100, no spread between forks
        assertEquals(100, i.low(), 1e-9);
        assertEquals(100, i.high(), 1e-9);
        assertEquals(0, i.forkStdev(), 1e-9);
    }

    @Test
    void resultsCsvKeepsTheIntervalAndAnOlderFileFallsBackToJmhsError() throws Exception {
        Interval interval = new Interval(95, 105, 5, 2.5, 1.04, Interval.Basis.FORKS);
        ResultRow row = new ResultRow("b.X.x", "countdown", "single-thread", 1,
                new TreeMap<>(Map.of("model", "single-thread", "workers", "1", "count", "5")), ResultRow.PRIMARY, "ss",
                new Metric(100, 7, "ms/op", 10, 3, interval), 100, 1, 1, Status.DONE, "");
        Path csv = tmp.resolve("results.csv");
        Files.writeString(csv, ResultsCsv.render(RunFixture.machine(), List.of(row)));
        ResultRow back = ResultsCsvReader.read(csv).rows().get(0);
        assertEquals(interval, back.interval());
        assertEquals(5, back.forks());
        assertEquals(7, back.scoreError());
        assertEquals(5, back.halfWidth(), 1e-12);

        // the same file as an older version wrote it: no interval columns
        int keep = ResultsCsv.HEADER.indexOf("ci_low");
        Path old = tmp.resolve("old.csv");
        StringBuilder text = new StringBuilder();
        try (CSVParser p = CSVParser.parse(Files.readString(csv), CSVFormat.DEFAULT);
             CSVPrinter out = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            for (CSVRecord r : p.getRecords()) {
                out.printRecord(r.toList().subList(0, keep));
            }
        }
        Files.writeString(old, text);
        ResultRow fallback = ResultsCsvReader.read(old).rows().get(0);
        assertEquals(Interval.Basis.JMH, fallback.interval().basis());
        assertEquals(93, fallback.interval().low(), 1e-12);
        assertEquals(107, fallback.interval().high(), 1e-12);
    }
}

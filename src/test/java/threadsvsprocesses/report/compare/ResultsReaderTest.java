package threadsvsprocesses.report.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import threadsvsprocesses.report.rows.CsvCells;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.ResultsCsvReader;
import threadsvsprocesses.run.BadInputException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsReaderTest {

    @TempDir
    Path tmp;

    /** Reads {@code text} as a results.csv and returns the one-line error, checking its form. */
    private String error(String text, int line) throws Exception {
        Path file = tmp.resolve("results.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        BadInputException e = assertThrows(BadInputException.class, () -> RunResults.read(file));
        String m = e.getMessage();
        assertTrue(m.startsWith(file + ":" + line + ": "), m);
        assertTrue(m.contains("; expected "), m);
        assertFalse(m.contains("\n") || m.contains("\r"), m);
        return m;
    }

    @Test
    void readsTheReferenceRunWrittenBeforeTheNewColumns() throws Exception {
        RunResults r = RunResults.read(CompareFixtures.REFERENCE);
        assertEquals(CompareFixtures.REFERENCE_ID, r.runId());
        assertEquals(2, r.cores());
        assertEquals("25.0.3", r.jvmShortVersion());
        assertEquals(51, r.rows().size());
        assertEquals(List.of(), r.newColumns());
        MeasurementKey key = new MeasurementKey("threadsvsprocesses.benchmarks.CountdownBenchmark.countdown",
                "count=50000000;model=multi-thread;workers=2", "primary");
        ResultRow row = r.rows().get(key);
        assertNotNull(row, "parameters rebuilt from model, workers and count");
        assertEquals(44.703978, row.score(), 1e-9);
        assertEquals(2.34614062, row.scoreError(), 1e-9);
        assertTrue(Double.isNaN(row.scoreStdev()));
        assertEquals(4, r.lines().get(key));
        ResultRow skipped = r.rows().get(new MeasurementKey("threadsvsprocesses.benchmarks.SleepBenchmark.sleep",
                "model=single-thread;sleepMillis=100;tasks=100;workers=1", "primary"));
        assertEquals("skipped", skipped.status().label());
        assertFalse(skipped.scored());
    }

    @Test
    void newColumnsGiveTheKeyWithWorkersFromTheWorkersColumn() throws Exception {
        Path run = CompareFixtures.laptop().writeRun(tmp.resolve("laptop"));
        RunResults r = RunResults.read(run.resolve("results.csv"));
        // a file of a version that had the optional columns up to the interval's, not the noise and machine columns
        assertEquals(List.of("metric", "params", "score_stdev", "ci_low", "ci_high", "forks", "fork_stdev",
                "fork_spread", "scheduler_bound"), r.newColumns());
        assertEquals(ResultsCsvReader.OPTIONAL.subList(0, 9), r.newColumns());
        // the sleep rows' params say workers=2 (the core count) but 10 threads sleep: the key uses 10
        CompareFixtures.Table t = CompareFixtures.laptop();
        int sleep10 = t.find("sleep", "multi-thread", "10");
        t.set(sleep10, "params", "model=multi-thread;sleepMillis=100;tasks=10;workers=2");
        RunResults changed = RunResults.read(t.writeRun(tmp.resolve("changed")).resolve("results.csv"));
        assertTrue(changed.rows().containsKey(new MeasurementKey("threadsvsprocesses.benchmarks.SleepBenchmark.sleep",
                "model=multi-thread;sleepMillis=100;tasks=10;workers=10", "primary")));
        ResultRow row = r.rows().values().iterator().next();
        assertFalse(Double.isNaN(row.scoreStdev()));
    }

    @Test
    void missingPathNamesIt() {
        String missing = tmp.resolve("no-such-run").toString();
        BadInputException e = assertThrows(BadInputException.class, () -> RunResults.locate(missing));
        assertTrue(e.getMessage().startsWith(missing + ": no such file or folder; expected "), e.getMessage());
    }

    @Test
    void folderWithoutResultsSaysSo() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        BadInputException e = assertThrows(BadInputException.class, () -> RunResults.locate(empty.toString()));
        assertTrue(e.getMessage().contains("holds no results.csv (no results); expected"), e.getMessage());
    }

    @Test
    void folderWithAPlanButNoCsvAsksForReport() throws Exception {
        Path run = Files.createDirectories(tmp.resolve("run"));
        Files.writeString(run.resolve("plan.json"), "{}");
        BadInputException e = assertThrows(BadInputException.class, () -> RunResults.locate(run.toString()));
        assertTrue(e.getMessage().contains("java -jar benchmarks.jar report " + run), e.getMessage());
    }

    @Test
    void emptyFileAndHeaderOnly() throws Exception {
        assertTrue(error("", 1).contains("empty file"));
        assertTrue(error(String.join(",", CompareFixtures.reference().header) + "\n", 2).contains("no result rows"));
    }

    @Test
    void missingHeader() throws Exception {
        CompareFixtures.Table t = CompareFixtures.reference();
        String body = t.render();
        String withoutHeader = body.substring(body.indexOf('\n') + 1);
        assertTrue(error(withoutHeader, 1).contains("no header (first line: '" + CompareFixtures.REFERENCE_ID));
    }

    @Test
    void wrongHeaderNamesTheMissingColumns() throws Exception {
        CompareFixtures.Table t = CompareFixtures.reference();
        t.header.set(t.col("score"), "scor");
        t.header.set(t.col("host"), "hostname");
        String m = error(t.render(), 1);
        assertTrue(m.contains("header lacks host, score; expected a header naming the columns"), m);
    }

    @Test
    void truncatedRow() throws Exception {
        String text = CompareFixtures.reference().render();
        String[] lines = text.split("\n", -1);
        String cut = String.join("\n", List.of(lines).subList(0, 5)) + "\n" + lines[5].substring(0, 60) + "\n";
        assertTrue(error(cut, 6).contains(" fields; expected 26 as in the header"));
    }

    @Test
    void fileEndingInsideAQuotedField() throws Exception {
        String text = CompareFixtures.reference().render();
        int cut = text.indexOf("\"one thread sleeps 100 x 100 ms") + 20;
        int line = (int) text.substring(0, cut).chars().filter(c -> c == '\n').count() + 1;
        assertTrue(error(text.substring(0, cut), line).contains("never closed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fast", "1,5", "0x10", "Infinity", "12abc"})
    void nonNumericScore(String score) throws Exception {
        CompareFixtures.Table t = CompareFixtures.reference().set(2, "score", score);
        assertTrue(error(t.render(), 4).contains("score '" + score + "' is not a number"));
    }

    @Test
    void negativeScore() throws Exception {
        CompareFixtures.Table t = CompareFixtures.reference().set(0, "score", "-82.5");
        assertTrue(error(t.render(), 2).contains("score -82.5; expected a time or rate of zero or more"));
    }

    @Test
    void doneRowWithoutScore() throws Exception {
        CompareFixtures.Table t = CompareFixtures.reference().set(0, "score", "");
        assertTrue(error(t.render(), 2).contains("a done row without a score"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc", "run/x", "a\\b", "..", "<b>x</b>", "run id", "x\"onload=\"y", ""})
    void runIdWithPathCharactersOrMarkup(String id) throws Exception {
        CompareFixtures.Table t = CompareFixtures.reference().setAll("run_id", id);
        assertTrue(error(t.render(), 2).contains("run_id '"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "../host", "/etc/passwd", "host&co"})
    void hostWithPathCharactersOrMarkup(String host) throws Exception {
        CompareFixtures.Table t = CompareFixtures.reference().setAll("host", host);
        assertTrue(error(t.render(), 2).contains("host '"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)"})
    void textCellStartingLikeAFormula(String cell) throws Exception {
        CompareFixtures.Table t = CompareFixtures.reference().set(3, "reason", cell);
        String m = error(t.render(), 5);
        assertTrue(m.contains("reason starts with '" + cell.charAt(0) + "'"), m);
        assertTrue(m.contains("expected text that does not start with =, +, - or @"), m);
    }

    @Test
    void formulaInAMachineColumn() throws Exception {
        CompareFixtures.Table t = CompareFixtures.reference().setAll("cpu_model", "=cmd|' /C calc'!A0");
        assertTrue(error(t.render(), 2).contains("cpu_model starts with '='"));
    }

    @Test
    void cellsEscapedByTheSuitesWriterAreReadBack() throws Exception {
        CompareFixtures.Table t = CompareFixtures.reference();
        int skipped = t.find("sleep", "single-thread", "1");
        while (!t.get(skipped, "status").equals("skipped")) {
            skipped++;
        }
        t.set(skipped, "reason", CsvCells.text("-Xss too small"));
        RunResults r = RunResults.read(t.writeRun(tmp.resolve("run")).resolve("results.csv"));
        assertTrue(r.rows().values().stream().anyMatch(row -> row.reason().equals("-Xss too small")));
    }

    @Test
    void rowsOfAnotherRunInTheSameFile() throws Exception {
        CompareFixtures.Table t = CompareFixtures.reference().set(5, "run_id", "20270101T000000Z-other");
        assertTrue(error(t.render(), 7).contains("run_id '20270101T000000Z-other' differs from line 2's"));
    }

    @Test
    void twoRowsForOneMeasurement() throws Exception {
        CompareFixtures.Table t = CompareFixtures.reference();
        t.rows.add(t.rows.get(1));
        assertTrue(error(t.render(), 53).contains("(first on line 3); expected one row per benchmark"));
    }

    @Test
    void badStatusCoresAndWorkers() throws Exception {
        assertTrue(error(CompareFixtures.reference().set(0, "status", "ok").render(), 2).contains("status 'ok'"));
        assertTrue(error(CompareFixtures.reference().setAll("cores", "0").render(), 2).contains("cores 0"));
        assertTrue(error(CompareFixtures.reference().set(0, "workers", "two").render(), 2).contains("workers 'two'"));
    }

    @Test
    void notUtf8() throws Exception {
        Path file = tmp.resolve("results.csv");
        Files.write(file, new byte[] {'r', 'u', 'n', (byte) 0xC3, (byte) 0x28});
        BadInputException e = assertThrows(BadInputException.class, () -> RunResults.read(file));
        assertTrue(e.getMessage().startsWith(file + ":1: bytes that are not UTF-8; expected"), e.getMessage());
    }
}

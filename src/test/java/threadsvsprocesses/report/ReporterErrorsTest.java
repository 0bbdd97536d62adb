package threadsvsprocesses.report;

import threadsvsprocesses.report.rows.ResultsCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.run.RunFolder;
import threadsvsprocesses.run.BadInputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReporterErrorsTest {

    @TempDir
    Path tmp;

    @Test
    void missingMachineJsonNamesTheFile() throws Exception {
        Path run = Fixtures.sleepOnly(tmp.resolve("run")).write();
        Files.delete(run.resolve(RunFolder.MACHINE));
        refused(run, tmp.resolve("c"), "machine.json");
        assertFalse(Files.exists(run.resolve(RunFolder.CSV)));
    }

    @Test
    void malformedPlanNamesTheFile() throws Exception {
        Path run = Fixtures.sleepOnly(tmp.resolve("run")).write();
        Files.writeString(run.resolve(RunFolder.PLAN), "{ \"runId\": \"x\", \"cells\": [ { oops");
        refused(run, tmp.resolve("c"), "plan.json");
    }

    @Test
    void oversizedPlanIsRefusedUnread() throws Exception {
        Path run = Fixtures.sleepOnly(tmp.resolve("run")).write();
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(run.resolve(RunFolder.PLAN).toFile(), "rw")) {
            file.setLength((64L << 20) + 1); // sparse: no disk used, but far more than a heap should take
        }
        refused(run, tmp.resolve("c"), "plan.json: " + ((64L << 20) + 1) + " bytes; expected a plan.json of at most");
        assertFalse(Files.exists(run.resolve(RunFolder.CSV)));
    }

    /** Gson's own message ends in a second line with a URL; the suite's error is one line. */
    @Test
    void gsonErrorStaysOneLine() throws Exception {
        Path run = Fixtures.sleepOnly(tmp.resolve("run")).write();
        Files.writeString(run.resolve(RunFolder.MACHINE), "[1, 2]"); // Gson: "Expected BEGIN_OBJECT ...\nSee https://..."
        String message = refused(run, tmp.resolve("c"), "machine.json");
        assertFalse(message.contains("https://"), message);
    }

    /** Issue 15: {@code report RUN --charts FILE} used to rewrite results.csv and claims.csv before it failed. */
    @Test
    void chartsFolderThatIsAFileWritesNothing() throws Exception {
        Path run = Fixtures.sleepOnly(tmp.resolve("run")).write();
        Reporter.write(run, tmp.resolve("c"));
        Path csv = run.resolve(RunFolder.CSV);
        Files.writeString(csv, "as the user left it");
        Path file = tmp.resolve("charts-file");
        Files.writeString(file, "x");
        refused(run, file.resolve("run"), "cannot create the charts folder");
        assertEquals("as the user left it", Files.readString(csv));
    }

    @Test
    void resultsCsvThatIsAFolderIsRefusedInOneLine() throws Exception {
        Path run = Fixtures.sleepOnly(tmp.resolve("run")).write();
        Files.createDirectory(run.resolve(RunFolder.CSV));
        refused(run, tmp.resolve("c"), "results.csv: not a regular file");
        assertFalse(Files.exists(tmp.resolve("c")), "nothing written");
    }

    @Test
    void missingRunFolderNamesIt() {
        Path run = tmp.resolve("no-such-run");
        BadInputException e = assertThrows(BadInputException.class, () -> Reporter.write(run, tmp.resolve("c")));
        assertTrue(e.getMessage().startsWith(run.toString()), e.getMessage());
    }

    @Test
    void malformedJmhFileFailsOnlyItsCell() throws Exception {
        RunFixture f = Fixtures.sleepOnly(tmp.resolve("run"));
        Path run = f.write();
        String broken = f.cells().get(1).resultFile();
        Files.writeString(run.resolve(broken), "[ { \"benchmark\": ");
        ReportOutput out = Reporter.write(run, tmp.resolve("c"));
        assertEquals(3, out.rows());
        assertEquals(1, out.failed());
        String csv = Files.readString(out.csv());
        assertTrue(csv.contains(broken + ": not JMH's JSON result format"), csv);
    }

    /** plan.json may come from another machine: a resultFile leading out of the run folder is refused, not read. */
    @Test
    void resultFileOutsideTheRunFolderIsRefused() throws Exception {
        RunFixture f = Fixtures.sleepOnly(tmp.resolve("run"));
        Path run = f.write();
        String good = f.cells().get(1).resultFile();
        Path outside = tmp.resolve("outside.json");
        Files.copy(run.resolve(good), outside);
        Path link = run.resolve("jmh").resolve("link.json");
        Files.createSymbolicLink(link, outside);
        String plan = Files.readString(run.resolve(RunFolder.PLAN));
        for (String spoiled : List.of("../outside.json", outside.toString(), "jmh/link.json")) {
            Files.writeString(run.resolve(RunFolder.PLAN), plan.replace("\"" + good + "\"", "\"" + spoiled + "\""));
            refused(run, tmp.resolve("c"), "leads outside the run folder");
            assertFalse(Files.exists(run.resolve(RunFolder.CSV)), "nothing written for " + spoiled);
        }
        // the same file inside the folder is read as before
        Files.writeString(run.resolve(RunFolder.PLAN), plan);
        assertEquals(3, Reporter.write(run, tmp.resolve("c")).measured());
    }

    @Test
    void oversizedJmhFileFailsOnlyItsCellWithoutReadingIt() throws Exception {
        RunFixture f = Fixtures.sleepOnly(tmp.resolve("run"));
        Path run = f.write();
        String big = f.cells().get(1).resultFile();
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(run.resolve(big).toFile(), "rw")) {
            file.setLength((64L << 20) + 1); // sparse: no disk used, but far more than a heap should take
        }
        ReportOutput out = Reporter.write(run, tmp.resolve("c"));
        assertEquals(1, out.failed());
        String csv = Files.readString(out.csv());
        assertTrue(csv.contains(big + ": " + ((64L << 20) + 1) + " bytes; expected a JMH result file of at most"), csv);
    }

    @Test
    void sleepOnlyRunDrawsOnlyTheSleepChart() throws Exception {
        Path run = Fixtures.sleepOnly(tmp.resolve("run")).write();
        ReportOutput out = Reporter.write(run, tmp.resolve("charts"));
        assertEquals(List.of(tmp.resolve("charts").resolve("sleep-time.png")), out.charts());
        assertEquals(3, out.measured());
        assertTrue(Files.exists(tmp.resolve("charts").resolve("sleep-time.svg")));
        String md = Files.readString(out.report());
        assertTrue(md.contains("None: every cell was measured."), md);
        assertFalse(md.contains("## Countdown"), md);
    }

    @Test
    void emptyPlanGivesHeaderOnlyAndNoCharts() throws Exception {
        Path run = new RunFixture(tmp.resolve("run")).write();
        ReportOutput out = Reporter.write(run, tmp.resolve("charts"));
        assertEquals(0, out.rows());
        assertTrue(out.charts().isEmpty());
        assertEquals(String.join(",", ResultsCsv.HEADER), Files.readString(out.csv()).trim());
    }

    @Test
    void singleThreadOnlyDrawsNoScalingChartAndDoesNotThrow() throws Exception {
        RunFixture f = new RunFixture(tmp.resolve("run"));
        f.done(RunFixture.COUNTDOWN, "countdown", RunFixture.cpu("single-thread", 1, 1000), 5, 0.1, "ms/op",
                RunFixture.fork(1, 2, 3));
        ReportOutput out = Reporter.write(f.write(), tmp.resolve("charts"));
        assertTrue(out.charts().isEmpty(), out.charts().toString());
        assertEquals(1, out.measured());
        assertTrue(Files.readString(out.report()).contains("| single-thread | 1 | 5.00 \u00b1 0.10 | 1 | 1.00\u00d7 | 100% | done |"));
    }

    /** Reporter.write refuses the run: the message holds {@code fragment} and is one line. */
    private static String refused(Path run, Path charts, String fragment) {
        BadInputException e = assertThrows(BadInputException.class, () -> Reporter.write(run, charts));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }
}

package threadsvsprocesses.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import threadsvsprocesses.ProcessChecks;
import threadsvsprocesses.TestJvms;
import threadsvsprocesses.run.PlannedCell;
import threadsvsprocesses.run.RunFolder;
import threadsvsprocesses.run.RunPlan;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SIGTERM in the middle of a run (what Ctrl-C does too): the cells measured so far are kept, the run is marked
 * partial with the unreached cells listed, the CSV and charts are drawn from what exists, and no JMH fork or
 * worker JVM survives.
 */
class SuiteInterruptTest {

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void aRunStoppedBySigtermOrCtrlCKeepsItsResultsAndLeavesNoProcess(String signal, @TempDir Path dir) throws Exception {
        List<ProcessHandle> seen = new ArrayList<>();
        Process run = startRun(dir);
        try {
            RunFolder folder = waitForADoneCell(dir.resolve("results"), run, seen);
            // SIGINT is what Ctrl-C sends; SIGTERM what kill and service managers send
            assertEquals(0, new ProcessBuilder("kill", "-" + signal, String.valueOf(run.pid())).start().waitFor());
            assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the run exits after SIG" + signal);

            RunPlan plan = folder.readPlan();
            assertTrue(plan.partial(), "marked partial");
            assertTrue(plan.cells().stream().anyMatch(c -> c.status() == PlannedCell.Status.DONE));
            assertTrue(plan.cells().stream().anyMatch(c -> c.status() != PlannedCell.Status.DONE), "some cells not reached");
            List<CSVRecord> rows = readCsv(folder);
            assertEquals(plan.cells().size(), rows.size(), "every cell is in the CSV");
            assertTrue(rows.stream().anyMatch(r -> r.get("status").equals("planned") && r.get("reason").contains("interrupted")));
            assertTrue(rows.stream().anyMatch(r -> r.get("status").equals("done") && !r.get("score").isEmpty()));
            assertTrue(Files.exists(dir.resolve("charts").resolve(folder.dir().getFileName()).resolve("sleep-time.png")));
            assertDoneCellsAreCompleteJson(folder, plan);
        } finally {
            run.destroyForcibly();
        }
        assertAllGone(seen, 5_000);
    }

    @Test
    void aRunKilledBySigkillLeavesNoProcessAndItsResultsStayReadable(@TempDir Path dir) throws Exception {
        List<ProcessHandle> seen = new ArrayList<>();
        Process run = startRun(dir);
        RunFolder folder;
        try {
            folder = waitForADoneCell(dir.resolve("results"), run, seen);
            run.destroyForcibly(); // SIGKILL: no shutdown hook runs; forks and workers must notice by themselves
            assertTrue(run.waitFor(10, TimeUnit.SECONDS));
        } finally {
            run.destroyForcibly();
        }
        assertAllGone(seen, 3_000);

        RunPlan plan = folder.readPlan();
        assertTrue(plan.partial(), "a killed run stays marked partial");
        assertDoneCellsAreCompleteJson(folder, plan);
        Main.run(new String[] {"report", folder.dir().toString(), "--charts", dir.resolve("redrawn").toString()},
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        assertEquals(plan.cells().size(), readCsv(folder).size(), "report works on the killed run's folder");
    }

    private static Process startRun(Path dir) throws Exception {
        // the tests' own temporary folder, so the run's lock is this checkout's (see the pom's surefire argLine)
        List<String> command = new ArrayList<>(TestJvms.command(Path.of(System.getProperty("java.io.tmpdir")), Main.class,
                "--profile", "smoke", "--on-noise", "keep", "--results", dir.resolve("results").toString(), "--charts", dir.resolve("charts").toString(),
                "Sleep", "-p", "model=single-thread,process-pool,virtual-thread", "-p", "tasks=1", "-p", "sleepMillis=200",
                "-i", "8"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("console.log").toFile()).start();
    }

    private static void assertDoneCellsAreCompleteJson(RunFolder folder, RunPlan plan) throws Exception {
        for (PlannedCell done : plan.cells().stream().filter(c -> c.status() == PlannedCell.Status.DONE).toList()) {
            assertTrue(Files.readString(folder.dir().resolve(done.resultFile())).trim().endsWith("]"), "complete JSON");
        }
    }

    private static List<CSVRecord> readCsv(RunFolder folder) throws Exception {
        try (Reader in = Files.newBufferedReader(folder.file(RunFolder.CSV))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static void assertAllGone(List<ProcessHandle> seen, long millis) throws InterruptedException {
        assertTrue(seen.size() >= 2, "the run had started a JMH fork and worker JVMs: " + seen.size());
        long deadline = System.currentTimeMillis() + millis;
        while (seen.stream().anyMatch(ProcessChecks::isRunning) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(List.of(), seen.stream().filter(ProcessChecks::isRunning).map(ProcessHandle::pid).toList(),
                "JMH forks and worker JVMs that outlived the run by " + millis + " ms");
    }

    /** Waits until the run has measured a cell, noting every process it started on the way. */
    private static RunFolder waitForADoneCell(Path results, Process run, List<ProcessHandle> seen) throws Exception {
        Runnable note = () -> run.descendants().filter(p -> !seen.contains(p)).forEach(seen::add);
        RunFolder folder = RunWaits.untilDone(results, run, 1, note);
        Thread.sleep(500); // into the next cell, so a fork and its workers are running
        note.run();
        return folder;
    }
}

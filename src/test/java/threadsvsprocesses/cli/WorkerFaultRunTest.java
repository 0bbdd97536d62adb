package threadsvsprocesses.cli;

import org.apache.commons.csv.CSVFormat;
import threadsvsprocesses.experiments.NoChildLeft;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.run.PoolRebuilds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A worker JVM that crashes, answers garbage or hangs, injected into a real run: that cell is recorded as failed
 * with the reason, the other cells are measured, the run exits 1, and no process is left.
 */
class WorkerFaultRunTest {

    @ParameterizedTest
    @CsvSource({
            "crash,   process-pool,  'exited with code 7 before answering, while rebuilding the pool after: worker JVM pid'",
            "garbage, multi-process, where an answer was expected",
            "hang,    process-pool,  did not answer within the job timeout of 2 s",
    })
    void theFaultyCellFailsWithItsReasonAndTheRunGoesOn(String fault, String model, String reason, @TempDir Path dir)
            throws Exception {
        int status = Main.run(new String[] {"--profile", "smoke", "--on-noise", "keep", "--worker-timeout", "2",
                "--results", dir.resolve("results").toString(), "--charts", dir.resolve("charts").toString(),
                "Countdown", "-p", "model=" + model + ",virtual-thread", "-p", "workers=1",
                "-jvmArgsAppend", "-Dtvp.injectFault=" + fault}, new PrintStream(OutputStream.nullOutputStream()));
        assertEquals(1, status, "a run with a failed cell exits 1");

        List<CSVRecord> rows = readCsv(dir.resolve("results"));
        CSVRecord faulty = rows.stream().filter(r -> r.get("model").equals(model)).findFirst().orElseThrow();
        assertEquals("failed", faulty.get("status"));
        assertTrue(faulty.get("reason").contains(reason), faulty.get("reason"));
        assertTrue(faulty.get("score").isEmpty(), "no number for a failed cell");
        CSVRecord healthy = rows.stream().filter(r -> r.get("model").equals("virtual-thread")).findFirst().orElseThrow();
        assertEquals("done", healthy.get("status"), "the rest of the run went on");
        // exited children need a moment to be reaped; a zombie runs nothing (ProcessChecks.isRunning)
        NoChildLeft.assertNoChildLeft(5_000);
    }

    /**
     * A worker JVM that crashes once is replaced: the pool is rebuilt, the operation runs again, and the cell is
     * measured, with a note saying so in results.csv (and on the page) instead of being lost.
     */
    @Test
    void aPoolWorkerThatCrashesOnceIsReplacedAndTheCellIsMeasuredWithANote(@TempDir Path dir) throws Exception {
        int status = Main.run(new String[] {"--profile", "smoke", "--on-noise", "keep", "--worker-timeout", "2",
                "--results", dir.resolve("results").toString(), "--charts", dir.resolve("charts").toString(),
                "Countdown", "-p", "model=process-pool", "-p", "workers=1",
                "-jvmArgsAppend", "-Dtvp.injectFault=crash-once"}, new PrintStream(OutputStream.nullOutputStream()));
        assertEquals(0, status, "the cell was measured");
        CSVRecord cell = readCsv(dir.resolve("results")).get(0);
        assertEquals("done", cell.get("status"));
        assertFalse(cell.get("score").isEmpty(), "it has a score");
        assertTrue(cell.get("reason").startsWith(PoolRebuilds.NOTE), cell.get("reason"));
        assertTrue(cell.get("reason").contains("exited with code 7 before answering"), cell.get("reason"));
        try (Stream<Path> files = Files.list(Files.list(dir.resolve("results")).findFirst().orElseThrow().resolve("jmh"))) {
            assertEquals(List.of(), files.filter(f -> !f.getFileName().toString().endsWith(".json")).toList(),
                    "the events file a batch wrote is read and removed");
        }
        NoChildLeft.assertNoChildLeft(5_000);
    }

    private static List<CSVRecord> readCsv(Path results) throws Exception {
        Path run;
        try (Stream<Path> runs = Files.list(results)) {
            run = runs.findFirst().orElseThrow();
        }
        try (Reader in = Files.newBufferedReader(run.resolve("results.csv"))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}

package threadsvsprocesses.cli;

import org.apache.commons.csv.CSVFormat;
import threadsvsprocesses.experiments.NoChildLeft;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A worker JVM that crashes, answers garbage or hangs, injected into a real run: that cell is recorded as failed
 * with the reason, the other cells are measured, the run exits 1, and no process is left.
 */
class WorkerFaultRunTest {

    @ParameterizedTest
    @CsvSource({
            "crash,   process-pool,  exited with code 7 before answering",
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

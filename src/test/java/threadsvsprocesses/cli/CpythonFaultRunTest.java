package threadsvsprocesses.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import threadsvsprocesses.cpython.PythonInterpreter;
import threadsvsprocesses.experiments.NoChildLeft;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A Python worker that crashes, answers garbage or hangs, injected into a real run: its cell is failed with the
 * reason, the JVM's cell beside it is measured, and no process is left, multiprocessing's included.
 */
class CpythonFaultRunTest {

    @ParameterizedTest
    @CsvSource({
            "crash,   the Python worker exited with code 7 before answering",
            "garbage, where an answer was expected",
            "hang,    the Python worker did not answer within 2 s",
    })
    void theFaultyCellFailsWithItsReasonAndTheRunGoesOn(String fault, String reason, @TempDir Path dir)
            throws Exception {
        try {
            PythonInterpreter.probe(PythonInterpreter.DEFAULT_COMMAND);
        } catch (IOException e) {
            if (Boolean.getBoolean("tvp.requirePython")) {
                fail("tvp.requirePython is set, but " + e.getMessage());
            }
            assumeTrue(false, "no python3");
        }
        int status = Main.run(new String[] {"--profile", "smoke", "--on-noise", "keep", "--worker-timeout", "2",
                "--results", dir.resolve("results").toString(), "--charts", dir.resolve("charts").toString(),
                "CountdownBenchmark", "CpythonBenchmark.countdown", "-p", "model=virtual-thread,cpython-pool",
                "-p", "workers=1", "-jvmArgsAppend", "-Dtvp.pythonFault=" + fault},
                new PrintStream(OutputStream.nullOutputStream()));
        assertEquals(1, status, "a run with a failed cell exits 1");
        List<CSVRecord> rows = readCsv(dir.resolve("results"));
        CSVRecord faulty = rows.stream().filter(r -> r.get("model").equals("cpython-pool")).findFirst().orElseThrow();
        assertEquals("failed", faulty.get("status"));
        assertTrue(faulty.get("reason").contains(reason), faulty.get("reason"));
        assertTrue(faulty.get("score").isEmpty(), "no number for a failed cell");
        CSVRecord healthy = rows.stream().filter(r -> r.get("model").equals("virtual-thread")).findFirst().orElseThrow();
        assertEquals("done", healthy.get("status"), "the rest of the run went on");
        assertTrue(healthy.get("runtime").startsWith("JVM "), healthy.get("runtime"));
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

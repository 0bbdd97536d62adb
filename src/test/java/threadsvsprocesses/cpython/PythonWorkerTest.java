package threadsvsprocesses.cpython;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import threadsvsprocesses.execution.WorkerFailedException;
import threadsvsprocesses.experiments.NoChildLeft;
import threadsvsprocesses.workload.Workload;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java side of a Python worker: its answers are the JVM's checksums under every model, whatever goes wrong is one
 * line, and nothing it started outlives it (the pool's processes included).
 */
class PythonWorkerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @AfterEach
    void noFault() {
        System.clearProperty(PythonWorker.FAULT_PROPERTY);
    }

    @Test
    void everyModelAnswersTheJvmsChecksumAtEveryWorkerCount() throws Exception {
        PythonInterpreter python = Pythons.python3();
        try (PythonWorker worker = PythonWorker.start(python.command(), TIMEOUT)) {
            for (Workload workload : Workload.values()) {
                long size = workload == Workload.COUNTDOWN ? 40_000 : workload == Workload.SQUARES ? 5_000 : 4;
                long jvm = workload.run(0, workload.units(size), 0);
                for (CpythonModel model : CpythonModel.values()) {
                    if (!python.offers(model)) {
                        continue;
                    }
                    for (int workers = 1; workers <= 3; workers++) {
                        assertEquals(jvm, worker.run(workload.label(), size, model, workers, 1, TIMEOUT),
                                workload + " " + model.label() + " at " + workers);
                    }
                }
            }
        }
        NoChildLeft.assertNoChildLeft(10_000);
    }

    @Test
    void theCostOfAnOperationGrowsWithItsSizeAndItsChecksumChanges() throws Exception {
        // not a timing assertion: a bigger countdown must give a different checksum, so no size is skipped or cached
        Pythons.python3();
        try (PythonWorker worker = PythonWorker.start(PythonInterpreter.DEFAULT_COMMAND, TIMEOUT)) {
            long small = worker.run("countdown", 10_000, CpythonModel.CPYTHON_SINGLE, 1, 0, TIMEOUT);
            long large = worker.run("countdown", 20_000, CpythonModel.CPYTHON_SINGLE, 1, 0, TIMEOUT);
            assertFalse(small == large, "two sizes, one checksum: work was skipped");
            assertEquals(Workload.COUNTDOWN.run(0, 2, 0), large);
        }
    }

    @Test
    void aRefusedRequestIsOneLineAndTheWorkerGoesOn() throws Exception {
        Pythons.python3();
        try (PythonWorker worker = PythonWorker.start(PythonInterpreter.DEFAULT_COMMAND, TIMEOUT)) {
            WorkerFailedException e = assertThrows(WorkerFailedException.class,
                    () -> worker.run("countdown", 12_345, CpythonModel.CPYTHON_SINGLE, 1, 0, TIMEOUT));
            assertEquals("the Python worker failed: countdown count must be a positive multiple of 10000, got 12345",
                    e.getMessage());
            assertEquals(Workload.SQUARES.run(0, 10, 0), worker.run("squares", 10, CpythonModel.CPYTHON_SINGLE, 1, 0,
                    TIMEOUT));
        }
    }

    @ParameterizedTest
    @CsvSource({
            "crash,   exited with code 7 before answering",
            "garbage, wrote '? this is not an answer' where an answer was expected",
            "hang,    did not answer within 2 s; killed it and its children",
    })
    void aFaultyWorkerIsOneLineAndLeavesNoProcess(String fault, String reason) throws Exception {
        Pythons.python3();
        System.setProperty(PythonWorker.FAULT_PROPERTY, fault);
        try (PythonWorker worker = PythonWorker.start(PythonInterpreter.DEFAULT_COMMAND)) {
            WorkerFailedException e = assertThrows(WorkerFailedException.class,
                    () -> worker.run("squares", 10, CpythonModel.CPYTHON_SINGLE, 1, 0, Duration.ofSeconds(2)));
            assertEquals("the Python worker " + reason, e.getMessage());
        }
        NoChildLeft.assertNoChildLeft(5_000);
    }

    @Test
    void aPoolsProcessesEndWithTheWorkerAndWhenItIsKilled() throws Exception {
        Pythons.python3();
        for (boolean kill : new boolean[] {false, true}) {
            List<ProcessHandle> children;
            PythonWorker worker = PythonWorker.start(PythonInterpreter.DEFAULT_COMMAND, TIMEOUT);
            try {
                worker.run("squares", 1_000, CpythonModel.CPYTHON_POOL, 2, 0, TIMEOUT);
                children = ProcessHandle.of(worker.pid()).orElseThrow().descendants().toList();
                assertTrue(children.size() >= 2, "the pool's two processes: " + children);
                if (kill) {
                    // SIGKILL gives the interpreter no chance to stop its pool: the children's watchdog must
                    ProcessHandle.of(worker.pid()).orElseThrow().destroyForcibly();
                    assertTrue(NoChildLeft.waitUntilGone(children, 5_000), "a pool process outlived a killed worker");
                }
            } finally {
                worker.close();
            }
            assertTrue(NoChildLeft.waitUntilGone(children, 5_000), "a pool process outlived its worker");
        }
        NoChildLeft.assertNoChildLeft(5_000);
    }
}

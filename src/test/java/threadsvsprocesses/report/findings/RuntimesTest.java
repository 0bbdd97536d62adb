package threadsvsprocesses.report.findings;

import org.junit.jupiter.api.Test;
import threadsvsprocesses.report.claims.MadeUpRun;
import threadsvsprocesses.report.rows.RowBuilder;
import threadsvsprocesses.report.rows.RunRows;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static threadsvsprocesses.report.claims.MadeUpRun.cpu;
import static threadsvsprocesses.report.claims.MadeUpRun.p;

/** "The JVM and CPython": the threads of both runtimes side by side, their processes, and a step's cost on each. */
class RuntimesTest {

    private static Map<String, String> py(String model, int workers) {
        return p("count", "400000", "model", model, "workers", Integer.toString(workers), "python", "python3",
                "runtime", "CPython 3.11.7 (GIL)");
    }

    @Test
    void theFindingSetsTheRuntimesSideBySide() {
        MadeUpRun run = new MadeUpRun()
                .cell("countdown", 80, 1, cpu("single-thread", 1))
                .cell("countdown", 20, 1, cpu("multi-thread", 4))
                .cell("countdown", 240, 2, py("cpython-single", 1))
                .cell("countdown", 250, 2, py("cpython-thread", 4))
                .cell("countdown", 80, 2, py("cpython-process-fork", 4))
                .cell("countdown", 60, 2, py("cpython-pool", 4));
        Optional<Finding> f = new Runtimes().find(new RunRows(RowBuilder.withSpeedups(run.rows().all())),
                MadeUpRun.CORES);
        assertTrue(f.isPresent());
        assertEquals("With 4 workers, threads run countdown 4.00\u00d7 as fast as one thread on the JVM and 0.96\u00d7 on"
                + " CPython 3.11.7 (GIL). CPython 3.11.7 (GIL)'s best process model, cpython-pool, reaches 4.00\u00d7."
                + " One step takes 1.6 ns on the JVM's single thread and 600 ns on CPython 3.11.7 (GIL)'s (375\u00d7).",
                f.get().text());
        assertEquals("per-unit", f.get().chart());
    }

    @Test
    void aRunWithoutCpythonHasNoSuchFinding() {
        MadeUpRun run = new MadeUpRun().cell("countdown", 80, 1, cpu("single-thread", 1))
                .cell("countdown", 20, 1, cpu("multi-thread", 4));
        assertTrue(new Runtimes().find(new RunRows(RowBuilder.withSpeedups(run.rows().all())), 4).isEmpty());
    }
}

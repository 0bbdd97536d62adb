package threadsvsprocesses.report.claims;

import org.junit.jupiter.api.Test;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RowBuilder;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static threadsvsprocesses.report.claims.MadeUpRun.cpu;
import static threadsvsprocesses.report.claims.MadeUpRun.p;

/**
 * C1 and C2 judged on each runtime of a run: the JVM's rows and each CPython interpreter's, each over its own single
 * thread, so the same rule can hold on one and not on the other.
 */
class RuntimeClaimsTest {

    private static final String GIL = "CPython 3.11.7 (GIL)";
    private static final String FREE = "CPython 3.13.1 (free-threaded)";

    private static Map<String, String> py(String model, int workers, String runtime) {
        return p("count", "400000", "model", model, "workers", Integer.toString(workers), "python",
                runtime.equals(GIL) ? "python3" : "python3.13t", "runtime", runtime);
    }

    /** A JVM whose threads scale, a GIL interpreter whose threads do not, and a free-threaded one whose threads do. */
    private static RunData run() {
        MadeUpRun run = new MadeUpRun()
                .cell("countdown", 100, 1, cpu("single-thread", 1))
                .cell("countdown", 26, 1, cpu("multi-thread", 4))
                .cell("countdown", 27, 1, cpu("multi-process", 4))
                .cell("countdown", 26, 1, cpu("process-pool", 4));
        for (String runtime : List.of(GIL, FREE)) {
            boolean free = runtime.equals(FREE);
            run.cell("countdown", 240, 2, py("cpython-single", 1, runtime))
                    .cell("countdown", free ? 65 : 250, 2, py("cpython-thread", 4, runtime))
                    .cell("countdown", 64, 2, py("cpython-process-fork", 4, runtime))
                    .cell("countdown", 63, 2, py("cpython-pool", 4, runtime));
        }
        return new RunData(new threadsvsprocesses.report.rows.RunRows(RowBuilder.withSpeedups(run.rows().all())),
                MadeUpRun.CORES);
    }

    @Test
    void c2DoesNotHoldOnTheJvmHoldsUnderTheGilAndNotWithoutIt() {
        ClaimResult c2 = new C2ThreadsDoNotSpeedUp().judge(run());
        assertEquals(Verdict.DOES_NOT_HOLD, c2.verdict());
        assertEquals(List.of(GIL, FREE), c2.runtimes().stream().map(RuntimeVerdict::runtime).toList());
        assertEquals(Verdict.HOLDS, c2.runtimes().get(0).verdict());
        assertTrue(c2.runtimes().get(0).deciding().startsWith("countdown cpython-thread at 4 workers: speedup 0.96"),
                c2.runtimes().get(0).deciding());
        assertEquals(Verdict.DOES_NOT_HOLD, c2.runtimes().get(1).verdict());
        assertTrue(c2.runtimesLine().startsWith(GIL + ": holds (countdown cpython-thread"), c2.runtimesLine());
        assertTrue(c2.runtimesLine().contains(" | " + FREE + ": does not hold ("), c2.runtimesLine());
    }

    @Test
    void c1HoldsOnBothRuntimesEachOverItsOwnSingleThread() {
        ClaimResult c1 = new C1ProcessesUseAllCores().judge(run());
        assertEquals(Verdict.HOLDS, c1.verdict());
        c1.runtimes().forEach(v -> assertEquals(Verdict.HOLDS, v.verdict(), v.describe()));
        // the JVM's evidence holds no CPython row, and a CPython verdict none of the JVM's
        assertTrue(c1.evidence().stream().noneMatch(l -> l.contains("cpython")), c1.evidence().toString());
        c1.runtimes().forEach(v -> assertTrue(v.evidence().stream().allMatch(l -> l.contains("cpython")),
                v.evidence().toString()));
    }

    @Test
    void aCpythonRowsSpeedupIsOverCpythonSingleOfTheSameInterpreter() {
        ResultRow freeThread = run().rows().all().stream()
                .filter(r -> r.model().equals("cpython-thread") && r.runtime().equals(FREE)).findFirst().orElseThrow();
        assertEquals(240.0 / 65, freeThread.speedup(), 1e-9);
        assertEquals("cpython-thread 3.13t", freeThread.seriesName());
        assertEquals("cpython-single", freeThread.baselineModel());
    }

    @Test
    void aClaimOnlyTheJvmJudgesHasNoRuntimes() {
        assertTrue(new C3SleepersFinishTogether().judge(run()).runtimes().isEmpty());
    }
}

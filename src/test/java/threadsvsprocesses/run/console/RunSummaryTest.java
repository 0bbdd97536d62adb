package threadsvsprocesses.run.console;

import org.junit.jupiter.api.Test;
import threadsvsprocesses.report.ReportOutput;
import threadsvsprocesses.report.claims.ClaimResult;
import threadsvsprocesses.report.claims.Verdict;
import threadsvsprocesses.report.findings.Finding;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The summary at a run's end: measured claims one line each with the deciding figure, the rest named in one line. */
class RunSummaryTest {

    private static ClaimResult claim(String id, Verdict verdict, String deciding) {
        return new ClaimResult(id, "claim " + id, verdict, List.of(deciding), "rule", List.of(), deciding);
    }

    private static ReportOutput report(List<ClaimResult> claims, List<Finding> findings) {
        return new ReportOutput(null, null, List.of(), null, null, 0, 0, 0, 0, 0, claims, findings);
    }

    @Test
    void measuredClaimsEachOnALineThoseNotMeasuredTogetherThenTheBestModels() {
        List<String> lines = RunSummary.of(report(List.of(
                claim("C1", Verdict.DOES_NOT_HOLD, "speedup 0.9× (needs ≥ 1.2×)"),
                claim("C2", Verdict.NOT_MEASURED, "not measured: x"),
                claim("C12", Verdict.HOLDS, "1.04 sleeps (needs ≤ 1.5)"),
                claim("C3", Verdict.NOT_MEASURED, "not measured: y")),
                List.of(new Finding("CPU-bound work", "text", "countdown", "speedup", "CPU-bound work: virtual-thread, 1.9×"),
                        new Finding("Start-up", "text", "startup", "", ""))));
        assertEquals(List.of(
                "Claims, each with the figure that decided it:",
                "  C1   does not hold on this JVM  speedup 0.9× (needs ≥ 1.2×)",
                "  C12  holds" + " ".repeat(22) + "1.04 sleeps (needs ≤ 1.5)",
                "  and not measured in this run: C2, C3",
                "Best on this machine:",
                "  CPU-bound work: virtual-thread, 1.9×"), lines);
        assertEquals(List.of("Claims not measured in this run: C2"),
                RunSummary.of(report(List.of(claim("C2", Verdict.NOT_MEASURED, "not measured: x")), List.of())));
    }
}

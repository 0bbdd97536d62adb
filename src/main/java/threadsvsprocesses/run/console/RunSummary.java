package threadsvsprocesses.run.console;

import threadsvsprocesses.report.ReportOutput;
import threadsvsprocesses.report.claims.ClaimResult;
import threadsvsprocesses.report.claims.RuntimeVerdict;
import threadsvsprocesses.report.claims.Verdict;
import threadsvsprocesses.report.findings.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * The summary a run prints at its end, before the paths, for a person to act on: each claim's verdict in one line
 * with the figure that decided it (those not measured named in one line), and the best model here for CPU-bound and for waiting work with its speedup.
 * (The counts of measured, skipped, failed and noisy cells are on the line before it.)
 */
public final class RunSummary {

    private RunSummary() {
    }

    /** The summary's lines. */
    public static List<String> of(ReportOutput report) {
        List<String> lines = new ArrayList<>();
        List<ClaimResult> claims = report.verdicts().stream().filter(RunSummary::measured).toList();
        List<String> notMeasured = report.verdicts().stream().filter(c -> !measured(c)).map(ClaimResult::id).toList();
        if (!claims.isEmpty()) {
            lines.add("Claims, each with the figure that decided it:");
            int idWidth = claims.stream().mapToInt(c -> c.id().length()).max().orElse(0);
            int verdictWidth = claims.stream().mapToInt(c -> verdict(c).length()).max().orElse(0);
            for (ClaimResult c : claims) {
                lines.add("  " + pad(c.id(), idWidth) + "  " + pad(verdict(c), verdictWidth) + "  " + c.deciding());
                for (RuntimeVerdict v : c.runtimes()) {
                    lines.add("  " + " ".repeat(idWidth) + "  on " + v.runtime() + ": " + v.verdict().plain() + "  "
                            + v.deciding());
                }
            }
        }
        if (!notMeasured.isEmpty()) {
            lines.add((claims.isEmpty() ? "Claims" : "  and") + " not measured in this run: " + String.join(", ", notMeasured));
        }
        List<String> best = report.findings().stream().map(Finding::summary).filter(s -> !s.isEmpty()).toList();
        if (!best.isEmpty()) {
            lines.add("Best on this machine:");
            best.forEach(s -> lines.add("  " + s));
        }
        return lines;
    }

    /** Whether the run measured the claim on the JVM or on another runtime. */
    private static boolean measured(ClaimResult c) {
        return c.verdict() != Verdict.NOT_MEASURED
                || c.runtimes().stream().anyMatch(v -> v.verdict() != Verdict.NOT_MEASURED);
    }

    private static String verdict(ClaimResult c) {
        return c.verdict().text() + (c.noisyEvidence() ? " (noisy evidence)" : "");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}

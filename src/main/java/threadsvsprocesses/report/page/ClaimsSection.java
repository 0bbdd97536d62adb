package threadsvsprocesses.report.page;

import threadsvsprocesses.report.claims.ClaimResult;
import threadsvsprocesses.report.claims.RuntimeVerdict;
import threadsvsprocesses.report.claims.Verdict;
import threadsvsprocesses.report.page.Block.Bullets;
import threadsvsprocesses.report.page.Block.Cell;
import threadsvsprocesses.report.page.Block.Column;
import threadsvsprocesses.report.page.Block.Heading;
import threadsvsprocesses.report.page.Block.Paragraph;
import threadsvsprocesses.report.page.Block.Row;
import threadsvsprocesses.report.page.Block.Section;
import threadsvsprocesses.report.page.Block.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The claims on a run's page: a summary table of the verdicts, each beside the one figure that decided it, then each
 * claim with its evidence and rule.
 */
final class ClaimsSection {

    private ClaimsSection() {
    }

    static Section of(List<ClaimResult> claims) {
        List<Block> b = new ArrayList<>();
        b.add(new Heading(2, "claims", "Claims"));
        b.add(Paragraph.of("Each claim of the tutorials, judged on this run's numbers by the rule shown under it. A "
                + "verdict counts only what lies beyond the intervals (99% over the forks' means; a ratio's interval "
                + "divides the ends of both); \"inconclusive\" means an interval straddles the rule's threshold. The "
                + "deciding figure is the check that decided the verdict: the failed one, the one whose interval "
                + "straddles the threshold, or the tightest pass."));
        // a column per CPython interpreter measured: its verdict on the claims judged there too (C1, C2)
        List<String> runtimes = claims.stream().flatMap(c -> c.runtimes().stream()).map(RuntimeVerdict::runtime)
                .distinct().toList();
        List<Row> rows = new ArrayList<>();
        for (ClaimResult c : claims) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.of(List.of(new Span.Link("#" + c.id(), c.id()))),
                    Cell.of(c.claim()), Cell.styled(c.verdict().text() + (c.noisyEvidence() ? " (noisy evidence)" : ""),
                            "verdict " + cssName(c.verdict()), true), Cell.styled(c.deciding(), "deciding", false)));
            for (String runtime : runtimes) {
                cells.add(c.runtimes().stream().filter(v -> v.runtime().equals(runtime)).findFirst()
                        .map(v -> Cell.styled(v.verdict().plain() + (v.deciding().isEmpty() ? "" : ": " + v.deciding()),
                                "verdict " + cssName(v.verdict()), false))
                        .orElse(Cell.of("JVM only")));
            }
            rows.add(new Row(null, cells));
        }
        List<Column> columns = new ArrayList<>(List.of(Column.text("id"), Column.text("claim"),
                Column.text(runtimes.isEmpty() ? "verdict" : "verdict on the JVM"), Column.text("deciding figure")));
        runtimes.forEach(r -> columns.add(Column.text("on " + r)));
        b.add(new Table("claims", columns, rows));
        for (ClaimResult c : claims) {
            b.add(new Heading(3, c.id(), c.id() + ": " + c.claim()));
            List<Span> verdict = new ArrayList<>(List.of(Span.text("Verdict: "), new Span.Strong(c.verdict().text())));
            if (c.noisyEvidence()) {
                verdict.add(Span.text(" "));
                verdict.add(new Span.Marked("noisy", "(noisy evidence: " + c.noisy().size()
                        + (c.noisy().size() == 1 ? " cell" : " cells") + " measured while the machine was busy)"));
            }
            b.add(new Paragraph(verdict));
            b.add(new Bullets(c.evidence().stream().map(line -> List.<Span>of(Span.text(line))).toList(), "evidence"));
            for (RuntimeVerdict v : c.runtimes()) {
                b.add(new Paragraph(List.of(Span.text("On " + v.runtime() + ": "), new Span.Strong(v.verdict().plain()))));
                b.add(new Bullets(v.evidence().stream().map(line -> List.<Span>of(Span.text(line))).toList(),
                        "evidence"));
            }
            b.add(new Paragraph(List.of(Span.text("Rule: " + c.rule())), "rule"));
        }
        return new Section("claims", b);
    }

    /** The verdict as a class name: holds, does-not-hold, inconclusive, not-measured. */
    private static String cssName(Verdict v) {
        return v.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package threadsvsprocesses.report.page;

import threadsvsprocesses.report.claims.ClaimResult;
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

/** The claims on a run's page: a summary table of the verdicts, then each claim with its evidence and rule. */
final class ClaimsSection {

    private ClaimsSection() {
    }

    static Section of(List<ClaimResult> claims) {
        List<Block> b = new ArrayList<>();
        b.add(new Heading(2, "claims", "Claims"));
        b.add(Paragraph.of("Each claim of the tutorials, judged on this run's numbers by the rule shown under it. A "
                + "verdict counts only what lies beyond the intervals (99% over the forks' means; a ratio's interval "
                + "divides the ends of both); \"inconclusive\" means an interval straddles the rule's threshold."));
        List<Row> rows = new ArrayList<>();
        for (ClaimResult c : claims) {
            rows.add(new Row(null, List.of(Cell.of(List.of(new Span.Link("#" + c.id(), c.id()))), Cell.of(c.claim()),
                    Cell.styled(c.verdict().text() + (c.noisyEvidence() ? " (noisy evidence)" : ""), "verdict "
                            + cssName(c), true))));
        }
        b.add(new Table("claims", List.of(Column.text("id"), Column.text("claim"), Column.text("verdict")), rows));
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
            b.add(new Paragraph(List.of(Span.text("Rule: " + c.rule())), "rule"));
        }
        return new Section("claims", b);
    }

    /** The verdict as a class name: holds, does-not-hold, inconclusive, not-measured. */
    private static String cssName(ClaimResult c) {
        return c.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

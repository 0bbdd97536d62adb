package threadsvsprocesses.report.page;

import threadsvsprocesses.report.findings.Finding;
import threadsvsprocesses.report.page.Block.Bullets;
import threadsvsprocesses.report.page.Block.Heading;
import threadsvsprocesses.report.page.Block.Paragraph;
import threadsvsprocesses.report.page.Block.Section;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * "On this machine", which opens a run's page: the findings, each a sentence generated from the run's rows, with a
 * link to its section's table and to its chart.
 */
final class FindingsSection {

    /** The section's anchor. */
    static final String ID = "on-this-machine";

    private FindingsSection() {
    }

    /**
     * The section; empty if there are no findings.
     *
     * @param chartOf the chart of a finding, relative to the page, or null if there is none
     */
    static List<Block> of(List<Finding> findings, Function<Finding, String> chartOf) {
        if (findings.isEmpty()) {
            return List.of();
        }
        List<List<Span>> items = new ArrayList<>();
        for (Finding f : findings) {
            List<Span> item = new ArrayList<>(List.of(new Span.Strong(f.topic() + ":"), Span.text(" " + f.text() + " ("),
                    new Span.Link("#" + RunPage.anchor(f.workload()), "table")));
            String chart = chartOf.apply(f);
            if (chart != null) {
                item.add(Span.text(", "));
                item.add(new Span.Link(chart, "chart"));
            }
            item.add(Span.text(")"));
            items.add(item);
        }
        List<Block> b = new ArrayList<>();
        b.add(new Heading(2, ID, "On this machine"));
        b.add(new Paragraph(List.of(Span.text("What this run found, in a few sentences generated from its own rows by"
                + " rules, as the claims' verdicts are. The figures are means; the sections below give their error"
                + " bars.")), "note"));
        b.add(new Bullets(items, "findings"));
        return List.of(new Section("findings", b));
    }

    /** The chart a finding is best read beside: the one it names, else its section's first; null if none exists. */
    static String chart(Finding f, List<String> charts) {
        String named = f.workload() + "-" + f.chart() + ".png";
        return charts.stream().filter(c -> Path.of(c).getFileName().toString().equals(named)).findFirst()
                .orElse(charts.stream().filter(c -> Path.of(c).getFileName().toString().startsWith(f.workload() + "-"))
                        .findFirst().orElse(null));
    }
}

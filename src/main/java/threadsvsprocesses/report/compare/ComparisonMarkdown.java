package threadsvsprocesses.report.compare;

import java.nio.file.Path;
import java.util.List;

/**
 * Renders a comparison's {@code report.md}: the machines, one table per workload with its charts, the
 * measurements missing from some runs, and the cells not measured with their reasons. Text read from a
 * results.csv is made inert in table cells (pipes escaped, line breaks and angle brackets replaced).
 */
final class ComparisonMarkdown {

    private ComparisonMarkdown() {
    }

    static String render(Comparison c, List<Path> charts) {
        StringBuilder md = new StringBuilder();
        md.append("# Threads vs processes: comparison of ").append(c.runs().size()).append(" runs\n\n");
        md.append("Baseline: **").append(cell(c.labels().get(c.baseline()))).append("** (run `")
                .append(c.baselineRun().runId()).append("`). ").append(CompareText.method()).append("\n\n");
        md.append(CompareText.counts(c)).append(" The numbers are also in [").append(Compare.CSV).append("](")
                .append(Compare.CSV).append(").\n\n");

        md.append("## Machines\n\n| machine (legend) | run id | host | CPU | cores | memory | OS | JVM | started at | rows |\n")
                .append("|---|---|---|---|---:|---:|---|---|---|---:|\n");
        for (int i = 0; i < c.runs().size(); i++) {
            RunResults r = c.runs().get(i);
            md.append("| ").append(cell(c.labels().get(i))).append(i == c.baseline() ? " **[baseline]**" : "")
                    .append(" | ").append(r.runId()).append(" | ").append(r.host()).append(" | ").append(cell(r.cpuModel()))
                    .append(" | ").append(r.cores()).append(" | ").append(CompareFormat.memory(r.memoryBytes()))
                    .append(" | ").append(cell(r.os())).append(" | ").append(cell(r.jvmVendor() + " " + r.jvmVersion()))
                    .append(" | ").append(cell(r.startedAt())).append(" | ").append(r.rows().size()).append(" |\n");
        }
        md.append('\n');

        for (String w : CompareText.workloads(c)) {
            md.append("## ").append(cell(CompareFormat.title(w))).append("\n\n");
            for (Path chart : charts) {
                String name = chart.getFileName().toString();
                if (name.startsWith(w + "-")) {
                    md.append("![").append(name).append("](").append(name).append(")\n\n");
                }
            }
            List<Comparison.Line> lines = c.compared().stream().filter(l -> l.example().workload().equals(w)).toList();
            if (lines.isEmpty()) {
                md.append("No measurement of this workload is in two or more runs.\n\n");
                continue;
            }
            md.append("| model | workers | parameters | metric | machine | score \u00b1 99.9% error | unit | ratio to baseline"
                    + " | verdict | test | speedup | efficiency per core | workers / cores |\n")
                    .append("|---|---:|---|---|---|---:|---|---:|---|---|---:|---:|---:|\n");
            for (Comparison.Line line : lines) {
                for (int i = 0; i < c.runs().size(); i++) {
                    Comparison.Entry e = line.entries().get(i);
                    md.append("| ").append(cell(line.example().model())).append(" | ")
                            .append(CompareFormat.workers(line.example())).append(" | ")
                            .append(cell(CompareFormat.otherParams(line.key()))).append(" | ")
                            .append(cell(line.key().metric())).append(" | ")
                            .append(cell(c.labels().get(i))).append(" | ")
                            .append(CompareFormat.value(e.value(), e.error())).append(" | ")
                            .append(e.row() != null && e.row().measured() ? cell(line.unit()) : "").append(" | ")
                            .append(CompareFormat.ratio(e.ratio())).append(" | ")
                            .append(e.verdict() == Comparison.Verdict.FASTER || e.verdict() == Comparison.Verdict.SLOWER
                                    ? "**" + cell(CompareText.verdict(e)) + "**" : cell(CompareText.verdict(e)))
                            .append(" | ").append(cell(CompareFormat.test(e))).append(" | ")
                            .append(e.row() == null ? "" : CompareFormat.ratio(e.row().speedup())).append(" | ")
                            .append(CompareFormat.percent(e.efficiencyPerCore())).append(" | ")
                            .append(CompareFormat.plain(e.workersPerCore())).append(" |\n");
                }
            }
            md.append('\n');
        }

        md.append("## Measured in only some runs\n\n");
        if (c.partial().isEmpty()) {
            md.append("None: every run has a row for every measurement.\n\n");
        } else {
            md.append("| workload | model | workers | parameters | metric | in | missing from |\n")
                    .append("|---|---|---:|---|---|---|---|\n");
            for (Comparison.Line l : c.partial()) {
                md.append("| ").append(cell(l.example().workload())).append(" | ").append(cell(l.example().model()))
                        .append(" | ").append(CompareFormat.workers(l.example())).append(" | ")
                        .append(cell(CompareFormat.otherParams(l.key()))).append(" | ").append(cell(l.key().metric()))
                        .append(" | ").append(cell(CompareText.runsWith(c, l, true))).append(" | ")
                        .append(cell(CompareText.runsWith(c, l, false))).append(" |\n");
            }
            md.append('\n');
        }

        md.append("## Skipped and failed cells\n\n");
        List<String> notMeasured = CompareText.notMeasured(c);
        if (notMeasured.isEmpty()) {
            md.append("None: every row of every run was measured.\n");
        }
        notMeasured.forEach(s -> md.append("- ").append(cell(s)).append('\n'));
        List<String> notes = CompareText.notes(c);
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(n -> md.append("- ").append(cell(n)).append('\n'));
        }
        return md.toString();
    }

    /** Text inert in a Markdown table cell: pipes escaped, line breaks joined, angle brackets as entities. */
    static String cell(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")
                .replaceAll("\\s*\\R\\s*", " ");
    }
}

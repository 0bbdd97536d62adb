package threadsvsprocesses.report;

import threadsvsprocesses.run.MachineInfo;
import threadsvsprocesses.run.RunPlan;

import java.nio.file.Path;
import java.util.List;

import static threadsvsprocesses.report.ReportFormat.count;
import static threadsvsprocesses.report.ReportFormat.text;

/**
 * Renders {@code report.md}: the run and machine, one table per workload with its charts, and the cells that were
 * skipped or failed with their reasons. Chart links are relative to the report's folder. Numbers are formatted by
 * {@link ReportFormat}, shared with {@link HtmlReport}.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /** The report's Markdown text. */
    public static String render(MachineInfo m, RunPlan plan, List<ResultRow> rows, Path chartsDir, List<Path> charts) {
        StringBuilder md = new StringBuilder();
        md.append("# Threads vs processes: run ").append(text(m.runId())).append("\n\n");
        md.append("Profile **").append(text(plan.profile())).append("**, ")
                .append(plan.partial() ? "**partial** (interrupted or still running)" : "complete").append(". ")
                .append(rows.size()).append(" cells: ")
                .append(count(rows, ResultRow.DONE)).append(" measured, ")
                .append(count(rows, ResultRow.SKIPPED)).append(" skipped, ")
                .append(count(rows, ResultRow.FAILED)).append(" failed, ")
                .append(count(rows, ResultRow.PLANNED)).append(" not reached.\n\n");

        md.append("## Machine\n\n| | |\n|---|---|\n");
        ReportFormat.machineFields(m).forEach((name, value) ->
                md.append("| ").append(name).append(" | ").append(cell(value)).append(" |\n"));
        md.append('\n');

        for (String w : ReportFormat.workloads(rows)) {
            List<ResultRow> of = rows.stream().filter(r -> r.workload().equals(w)).toList();
            if (!of.isEmpty()) {
                workload(md, w, of, chartsDir, charts);
            }
        }

        md.append("## Skipped and failed cells\n\n");
        List<ResultRow> notDone = rows.stream().filter(r -> !r.status().equals(ResultRow.DONE)).toList();
        if (notDone.isEmpty()) {
            md.append("None: every cell was measured.\n");
        }
        for (ResultRow r : notDone) {
            md.append("- **").append(r.status()).append("** ").append(r.workload()).append(' ')
                    .append(cell(ReportFormat.params(r))).append(": ")
                    .append(cell(ReportFormat.reason(r))).append('\n');
        }
        return md.toString();
    }

    private static void workload(StringBuilder md, String w, List<ResultRow> rows, Path chartsDir, List<Path> charts) {
        md.append("## ").append(ScalingCharts.title(w)).append("\n\n");
        for (Path chart : charts) {
            String name = chart.getFileName().toString();
            if (name.startsWith(w + "-")) {
                String rel = chartsDir.toAbsolutePath().relativize(chart.toAbsolutePath()).toString().replace('\\', '/');
                md.append("![").append(name).append("](").append(rel).append(")\n\n");
            }
        }
        ReportFormat.Columns c = ReportFormat.Columns.of(w, rows);
        String common = c.common(rows);
        if (!common.isEmpty()) {
            md.append(common).append("\n\n");
        }
        md.append("| model | workers |").append(c.tasks() ? " tasks |" : "").append(c.counts() ? " count |" : "")
                .append(c.sleeps() ? " sleep (ms) |" : "").append(" time (ms) | speedup | efficiency | status |\n");
        md.append("|---|---:|").append(c.tasks() ? "---:|" : "").append(c.counts() ? "---:|" : "")
                .append(c.sleeps() ? "---:|" : "").append("---:|---:|---:|---|\n");
        for (ResultRow r : ReportFormat.sorted(rows)) {
            md.append("| ").append(r.model()).append(" | ").append(ReportFormat.workers(r)).append(" | ");
            if (c.tasks()) {
                md.append(r.tasks()).append(" | ");
            }
            if (c.counts()) {
                md.append(r.count()).append(" | ");
            }
            if (c.sleeps()) {
                md.append(r.sleepMillis()).append(" | ");
            }
            md.append(ReportFormat.time(r)).append(" | ").append(ReportFormat.speedup(r)).append(" | ")
                    .append(ReportFormat.efficiency(r)).append(" | ").append(r.status()).append(" |\n");
        }
        md.append('\n');
    }

    /** Text safe inside a Markdown table cell. */
    private static String cell(String s) {
        return s.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }
}

package threadsvsprocesses.report.page;

import threadsvsprocesses.report.charts.ScalingCharts;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.run.MachineInfo;
import threadsvsprocesses.run.RunPlan;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.report.claims.ClaimResult;
import threadsvsprocesses.report.claims.Claims;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static threadsvsprocesses.report.page.ReportFormat.count;
import static threadsvsprocesses.report.page.ReportFormat.text;

/**
 * Renders {@code report.md}: the run and machine, the verdict on each claim with its evidence and rule, one table per
 * workload and per experiment with its charts, and the cells that were skipped or failed with their reasons. Chart links are relative to the report's folder. Numbers are formatted by
 * {@link ReportFormat}, shared with {@link HtmlReport}.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /** The report's Markdown text, with the claims judged on {@code rows}. */
    public static String render(MachineInfo m, RunPlan plan, List<ResultRow> rows, Path chartsDir, List<Path> charts) {
        return render(m, plan, rows, chartsDir, charts, Claims.judge(rows, m.cores()));
    }

    /** The report's Markdown text. */
    public static String render(MachineInfo m, RunPlan plan, List<ResultRow> rows, Path chartsDir, List<Path> charts,
                                List<ClaimResult> claims) {
        StringBuilder md = new StringBuilder();
        md.append("# Threads vs processes: run ").append(text(m.runId())).append("\n\n");
        md.append("Profile **").append(text(plan.profile())).append("**, ")
                .append(plan.partial() ? "**partial** (interrupted or still running)" : "complete").append(". ")
                .append(ReportFormat.cells(rows)).append(" cells: ")
                .append(count(rows, ResultRow.DONE)).append(" measured, ")
                .append(count(rows, ResultRow.SKIPPED)).append(" skipped, ")
                .append(count(rows, ResultRow.FAILED)).append(" failed, ")
                .append(count(rows, ResultRow.PLANNED)).append(" not reached.\n\n");

        md.append("## Machine\n\n| | |\n|---|---|\n");
        ReportFormat.machineFields(m).forEach((name, value) ->
                md.append("| ").append(name).append(" | ").append(cell(value)).append(" |\n"));
        md.append('\n');

        claims(md, claims);

        for (String w : ReportFormat.workloads(rows)) {
            List<ResultRow> of = rows.stream().filter(r -> r.workload().equals(w)).toList();
            Optional<Experiment> experiment = Experiment.byLabel(w);
            if (of.isEmpty()) {
                continue;
            }
            if (experiment.isPresent()) {
                experiment(md, ExperimentTable.of(experiment.get(), of), w, chartsDir, charts);
            } else {
                workload(md, w, of, chartsDir, charts);
            }
        }

        md.append("## Skipped and failed cells\n\n");
        List<ResultRow> notDone = rows.stream().filter(r -> r.primary() && !r.status().equals(ResultRow.DONE)).toList();
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

    /** A summary table of the verdicts, then each claim with its evidence and rule. */
    private static void claims(StringBuilder md, List<ClaimResult> claims) {
        md.append("## Claims\n\n");
        md.append("Each claim of the tutorials, judged on this run's numbers by the rule shown under it. A verdict "
                + "counts only what lies beyond the error bars; \"inconclusive\" means an error bar straddles the "
                + "rule's threshold.\n\n");
        md.append("| id | claim | verdict |\n|---|---|---|\n");
        for (ClaimResult c : claims) {
            md.append("| ").append(c.id()).append(" | ").append(cell(c.claim())).append(" | **")
                    .append(c.verdict().text()).append("** |\n");
        }
        md.append('\n');
        for (ClaimResult c : claims) {
            md.append("### ").append(c.id()).append(": ").append(cell(c.claim())).append("\n\n");
            md.append("Verdict: **").append(c.verdict().text()).append("**\n\n");
            for (String line : c.evidence()) {
                md.append("- ").append(cell(line)).append('\n');
            }
            md.append("\nRule: ").append(cell(c.rule())).append("\n\n");
        }
    }

    private static void experiment(StringBuilder md, ExperimentTable t, String label, Path chartsDir,
                                   List<Path> charts) {
        md.append("## ").append(t.title()).append("\n\n").append(t.about()).append("\n\n");
        images(md, label, chartsDir, charts);
        if (!t.common().isEmpty()) {
            md.append(cell(t.common())).append("\n\n");
        }
        md.append('|');
        t.header().forEach(h -> md.append(' ').append(cell(h)).append(" |"));
        md.append("\n|");
        t.numeric().forEach(n -> md.append(n ? "---:|" : "---|"));
        md.append('\n');
        for (List<String> line : t.lines()) {
            md.append('|');
            line.forEach(v -> md.append(' ').append(cell(v)).append(" |"));
            md.append('\n');
        }
        md.append('\n');
    }

    /** The charts whose file names start with {@code label-}, as images linked relative to the report. */
    private static void images(StringBuilder md, String label, Path chartsDir, List<Path> charts) {
        for (Path chart : charts) {
            String name = chart.getFileName().toString();
            if (name.startsWith(label + "-")) {
                String rel = chartsDir.toAbsolutePath().relativize(chart.toAbsolutePath()).toString().replace('\\', '/');
                md.append("![").append(name).append("](").append(rel).append(")\n\n");
            }
        }
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

package threadsvsprocesses.report;

import threadsvsprocesses.run.MachineInfo;
import threadsvsprocesses.run.RunPlan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders {@code report.md}: the run and machine, one table per workload with its charts, and the cells that were
 * skipped or failed with their reasons. Chart links are relative to the report's folder.
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
        field(md, "run id", m.runId());
        field(md, "started at", m.startedAt());
        field(md, "host", m.host());
        field(md, "CPU", m.cpuModel());
        field(md, "cores", Integer.toString(m.cores()));
        field(md, "memory", m.memoryBytes() < 0 ? "unknown"
                : String.format(Locale.ROOT, "%.1f GiB (%d bytes)", m.memoryBytes() / (double) (1L << 30), m.memoryBytes()));
        field(md, "OS", m.os());
        field(md, "JVM", text(m.jvmVendor()) + " " + text(m.jvmVersion()));
        field(md, "Java home", m.javaHome());
        field(md, "JVM arguments", m.jvmArgs() == null ? "" : String.join(" ", m.jvmArgs()));
        field(md, "profile", m.profile());
        field(md, "suite version", m.suiteVersion());
        md.append('\n');

        Set<String> workloads = new LinkedHashSet<>(List.of("countdown", "squares", "sleep"));
        rows.forEach(r -> workloads.add(r.workload()));
        for (String w : workloads) {
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
                    .append(cell(String.valueOf(r.cell().params()))).append(": ")
                    .append(r.reason().isEmpty() ? "no reason recorded" : cell(r.reason())).append('\n');
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
        boolean sleep = SleepChart.WORKLOAD.equals(w);
        boolean counts = rows.stream().map(ResultRow::count).distinct().count() > 1;
        boolean sleeps = sleep && rows.stream().map(ResultRow::sleepMillis).distinct().count() > 1;
        if (!sleep && !counts && !rows.get(0).count().isEmpty()) {
            md.append("count = ").append(FixedTickLogAxis.label(SeriesData.parse(rows.get(0).count()))).append("\n\n");
        }
        if (sleep && !sleeps && !rows.get(0).sleepMillis().isEmpty()) {
            md.append("Each task sleeps ").append(rows.get(0).sleepMillis()).append(" ms.\n\n");
        }
        md.append("| model | workers |").append(sleep ? " tasks |" : "").append(counts ? " count |" : "")
                .append(sleeps ? " sleep (ms) |" : "").append(" time (ms) | speedup | efficiency | status |\n");
        md.append("|---|---:|").append(sleep ? "---:|" : "").append(counts ? "---:|" : "").append(sleeps ? "---:|" : "")
                .append("---:|---:|---:|---|\n");
        List<ResultRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt((ResultRow r) -> ChartSupport.order(r.model()))
                .thenComparing(ResultRow::model)
                .thenComparingDouble(r -> SeriesData.parse(r.count()))
                .thenComparingDouble(r -> SeriesData.parse(r.sleepMillis()))
                .thenComparingDouble(r -> SeriesData.parse(r.tasks()))
                .thenComparingInt(ResultRow::workers));
        for (ResultRow r : sorted) {
            md.append("| ").append(r.model()).append(" | ").append(r.workers() > 0 ? r.workers() : "").append(" | ");
            if (sleep) {
                md.append(r.tasks()).append(" | ");
            }
            if (counts) {
                md.append(r.count()).append(" | ");
            }
            if (sleeps) {
                md.append(r.sleepMillis()).append(" | ");
            }
            md.append(time(r)).append(" | ").append(fixed(r.speedup(), "%.2f\u00d7")).append(" | ")
                    .append(fixed(r.efficiency() * 100, "%.0f%%")).append(" | ").append(r.status()).append(" |\n");
        }
        md.append('\n');
    }

    /** Time in ms, with its error when known at the same precision, e.g. "81.20 ± 3.10"; a dash unless measured. */
    static String time(ResultRow r) {
        if (!r.measured()) {
            return "\u2014";
        }
        double v = r.scoreMs();
        // one decimal from 100 ms, two from 1 ms, three significant digits below
        int decimals = Math.abs(v) >= 100 ? 1 : Math.abs(v) >= 1 ? 2
                : Math.max(2, 2 - (int) Math.floor(Math.log10(Math.abs(v) > 0 ? Math.abs(v) : 1)));
        String t = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return Double.isNaN(r.errorMs()) ? t : t + " \u00b1 " + String.format(Locale.ROOT, "%." + decimals + "f", r.errorMs());
    }

    private static String fixed(double v, String format) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, format, v);
    }

    private static void field(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(cell(text(value))).append(" |\n");
    }

    /** Text safe inside a Markdown table cell. */
    private static String cell(String s) {
        return s.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }

    private static String text(String s) {
        return s == null ? "unknown" : s;
    }

    private static long count(List<ResultRow> rows, String status) {
        return rows.stream().filter(r -> r.status().equals(status)).count();
    }
}

package threadsvsprocesses.report.page;

import threadsvsprocesses.report.charts.ScalingCharts;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.run.MachineInfo;
import threadsvsprocesses.run.RunPlan;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.report.claims.ClaimResult;
import threadsvsprocesses.report.claims.Claims;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static threadsvsprocesses.report.page.ReportFormat.count;
import static threadsvsprocesses.report.page.ReportFormat.text;

/**
 * Renders {@code index.html}: the content of report.md as one self-contained page to open from the file system. It
 * fetches nothing: the style is inline and the charts are referenced by their path relative to the page. Every string
 * that comes from a file is escaped with {@link #escape}. Numbers are formatted by {@link ReportFormat}, as in
 * report.md.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body { margin: 0; background: #fafafa; color: #222; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", \
            Roboto, Helvetica, Arial, sans-serif; }
            main { max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem 3rem; background: #fff; }
            h1 { font-size: 1.6rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #ddd; }
            table { border-collapse: collapse; margin: 0.8rem 0; }
            th, td { border: 1px solid #bbb; padding: 0.25rem 0.6rem; vertical-align: top; }
            thead th { background: #eee; position: sticky; top: 0; } th { text-align: left; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr.skipped, tr.failed, tr.planned { color: #888; }
            figure { margin: 0.8rem 0; }
            img { max-width: 100%; max-height: 85vh; width: auto; height: auto; border: 1px solid #eee; }
            nav.contents { margin: 0.6rem 0; line-height: 1.9; } nav.contents a { margin-right: 0.9rem; white-space: nowrap; }
            p.note { color: #555; font-size: 0.93rem; }
            ul.args { margin: 0; padding-left: 1.2rem; } code { word-break: break-all; }
            .partial { color: #b00; font-weight: bold; }
            td.verdict.holds { color: #05642f; font-weight: bold; } td.verdict.does-not-hold { color: #b00; font-weight: bold; }
            td.verdict.inconclusive { color: #8a5a00; } td.verdict.not-measured { color: #888; }
            p.rule { color: #444; font-size: 0.93rem; } ul.evidence { margin: 0.3rem 0; }
            """;

    private HtmlReport() {
    }

    /**
     * The page's HTML text.
     *
     * @param pageDir the folder index.html is written to; chart sources are relative to it
     * @param charts  PNG charts; those that do not exist are left out
     */
    public static String render(MachineInfo m, RunPlan plan, List<ResultRow> rows, Path pageDir, List<Path> charts) {
        return render(m, plan, rows, pageDir, charts, Claims.judge(rows, m.cores()));
    }

    /**
     * The page's HTML text.
     *
     * @param pageDir the folder index.html is written to; chart sources are relative to it
     * @param charts  PNG charts; those that do not exist are left out
     * @param claims  the verdicts on the claims
     */
    public static String render(MachineInfo m, RunPlan plan, List<ResultRow> rows, Path pageDir, List<Path> charts,
                                List<ClaimResult> claims) {
        StringBuilder h = new StringBuilder();
        String title = "Threads vs processes: run " + text(m.runId());
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<h1>").append(escape(title)).append("</h1>\n");
        h.append("<p>Profile <strong>").append(escape(text(plan.profile()))).append("</strong>, ")
                .append(plan.partial() ? "<span class=\"partial\">partial</span> (interrupted or still running)"
                        : "complete")
                .append(". ").append(ReportFormat.cells(rows)).append(" cells: ")
                .append(count(rows, ResultRow.DONE)).append(" measured, ")
                .append(count(rows, ResultRow.SKIPPED)).append(" skipped, ")
                .append(count(rows, ResultRow.FAILED)).append(" failed, ")
                .append(count(rows, ResultRow.PLANNED)).append(" not reached.</p>\n");

        contents(h, rows);

        h.append("<h2 id=\"machine\">Machine</h2>\n<table class=\"machine\">\n");
        ReportFormat.machineFields(m).forEach((name, value) -> {
            h.append("<tr><th>").append(escape(name)).append("</th><td>");
            if (name.equals(ReportFormat.JVM_ARGS) && m.jvmArgs() != null && !m.jvmArgs().isEmpty()) {
                h.append("<ul class=\"args\">");
                m.jvmArgs().forEach(a -> h.append("<li><code>").append(escape(String.valueOf(a))).append("</code></li>"));
                h.append("</ul>");
            } else {
                h.append(escape(value));
            }
            h.append("</td></tr>\n");
        });
        h.append("</table>\n");

        claims(h, claims);

        for (String w : ReportFormat.workloads(rows)) {
            List<ResultRow> of = rows.stream().filter(r -> r.workload().equals(w)).toList();
            Optional<Experiment> experiment = Experiment.byLabel(w);
            if (of.isEmpty()) {
                continue;
            }
            if (experiment.isPresent()) {
                experiment(h, ExperimentTable.of(experiment.get(), of), w, pageDir, charts);
            } else {
                workload(h, w, of, pageDir, charts);
            }
        }

        h.append("<h2 id=\"not-done\">Skipped and failed cells</h2>\n");
        List<ResultRow> notDone = rows.stream().filter(r -> r.primary() && !r.status().equals(ResultRow.DONE)).toList();
        if (notDone.isEmpty()) {
            h.append("<p>None: every cell was measured.</p>\n");
        } else {
            h.append("<ul class=\"not-done\">\n");
            for (ResultRow r : notDone) {
                h.append("<li><strong>").append(escape(r.status())).append("</strong> ").append(escape(r.workload()))
                        .append(" <code>").append(escape(ReportFormat.params(r))).append("</code>: ")
                        .append(escape(ReportFormat.reason(r))).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    /** A summary table of the verdicts, then each claim with its evidence and rule. */
    private static void claims(StringBuilder h, List<ClaimResult> claims) {
        h.append("<section class=\"claims\">\n<h2 id=\"claims\">Claims</h2>\n");
        h.append("<p>Each claim of the tutorials, judged on this run's numbers by the rule shown under it. A verdict "
                + "counts only what lies beyond the error bars; &quot;inconclusive&quot; means an error bar straddles "
                + "the rule's threshold.</p>\n");
        h.append("<table class=\"claims\">\n<thead><tr><th>id</th><th>claim</th><th>verdict</th></tr></thead>\n<tbody>\n");
        for (ClaimResult c : claims) {
            h.append("<tr><td><a href=\"#").append(escape(c.id())).append("\">").append(escape(c.id()))
                    .append("</a></td><td>").append(escape(c.claim())).append("</td><td class=\"verdict ")
                    .append(escape(c.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')))
                    .append("\">").append(escape(c.verdict().text())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        for (ClaimResult c : claims) {
            h.append("<h3 id=\"").append(escape(c.id())).append("\">").append(escape(c.id())).append(": ")
                    .append(escape(c.claim())).append("</h3>\n<p>Verdict: <strong>")
                    .append(escape(c.verdict().text())).append("</strong></p>\n<ul class=\"evidence\">\n");
            c.evidence().forEach(line -> h.append("<li>").append(escape(line)).append("</li>\n"));
            h.append("</ul>\n<p class=\"rule\">Rule: ").append(escape(c.rule())).append("</p>\n");
        }
        h.append("</section>\n");
    }

    private static void experiment(StringBuilder h, ExperimentTable t, String label, Path pageDir,
                                   List<Path> charts) {
        h.append("<section class=\"experiment\">\n<h2 id=\"").append(anchor(label)).append("\">")
                .append(escape(t.title())).append("</h2>\n<p>")
                .append(escape(t.about())).append("</p>\n");
        images(h, label, pageDir, charts);
        if (!t.common().isEmpty()) {
            h.append("<p>").append(escape(t.common())).append("</p>\n");
        }
        h.append("<table class=\"experiment\">\n<thead><tr>");
        for (int i = 0; i < t.header().size(); i++) {
            h.append(t.numeric().get(i) ? "<th class=\"num\">" : "<th>").append(escape(t.header().get(i)))
                    .append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (int l = 0; l < t.lines().size(); l++) {
            List<String> line = t.lines().get(l);
            h.append("<tr class=\"").append(escape(t.status().get(l))).append("\">");
            for (int i = 0; i < line.size(); i++) {
                h.append(t.numeric().get(i) ? "<td class=\"num\">" : "<td>").append(escape(line.get(i)))
                        .append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    /** Links to every section, so a long page can be read on a laptop screen. */
    private static void contents(StringBuilder h, List<ResultRow> rows) {
        h.append("<nav class=\"contents\"><strong>Contents:</strong> <a href=\"#machine\">Machine</a>")
                .append("<a href=\"#claims\">Claims</a>");
        for (String w : ReportFormat.workloads(rows)) {
            if (rows.stream().anyMatch(r -> r.workload().equals(w))) {
                String title = Experiment.byLabel(w).isPresent() ? w : ScalingCharts.title(w);
                h.append("<a href=\"#").append(anchor(w)).append("\">").append(escape(title)).append("</a>");
            }
        }
        h.append("<a href=\"#not-done\">Skipped and failed</a></nav>\n");
    }

    /** A section's id: the workload's label reduced to letters, digits and dashes (labels come from files). */
    static String anchor(String label) {
        return "s-" + label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }

    /** The charts whose file names start with {@code label-} and exist, as images relative to the page. */
    private static void images(StringBuilder h, String label, Path pageDir, List<Path> charts) {
        for (Path chart : charts) {
            String name = chart.getFileName().toString();
            if (name.startsWith(label + "-") && Files.isRegularFile(chart)) {
                String rel = pageDir.toAbsolutePath().relativize(chart.toAbsolutePath()).toString().replace('\\', '/');
                h.append("<figure><img src=\"").append(escape(rel)).append("\" alt=\"").append(escape(name))
                        .append("\"></figure>\n");
            }
        }
    }

    private static void workload(StringBuilder h, String w, List<ResultRow> rows, Path pageDir, List<Path> charts) {
        h.append("<section class=\"workload\">\n<h2 id=\"").append(anchor(w)).append("\">")
                .append(escape(ScalingCharts.title(w))).append("</h2>\n");
        if (rows.stream().anyMatch(r -> r.measured() && Double.isNaN(r.speedup()))) {
            h.append("<p class=\"note\">A blank speedup means the single-thread baseline of the same size was not"
                    + " measured (skipped or failed; see the list at the end).</p>\n");
        }
        for (Path chart : charts) {
            String name = chart.getFileName().toString();
            if (name.startsWith(w + "-") && Files.isRegularFile(chart)) {
                String rel = pageDir.toAbsolutePath().relativize(chart.toAbsolutePath()).toString().replace('\\', '/');
                h.append("<figure><img src=\"").append(escape(rel)).append("\" alt=\"").append(escape(name))
                        .append("\"></figure>\n");
            }
        }
        ReportFormat.Columns c = ReportFormat.Columns.of(w, rows);
        String common = c.common(rows);
        if (!common.isEmpty()) {
            h.append("<p>").append(escape(common)).append("</p>\n");
        }
        h.append("<table class=\"rows\">\n<thead><tr><th>model</th><th class=\"num\">workers</th>")
                .append(c.tasks() ? "<th class=\"num\">tasks</th>" : "")
                .append(c.counts() ? "<th class=\"num\">count</th>" : "")
                .append(c.sleeps() ? "<th class=\"num\">sleep (ms)</th>" : "")
                .append("<th class=\"num\">time (ms)</th><th class=\"num\">speedup</th>")
                .append("<th class=\"num\">efficiency</th><th>status</th></tr></thead>\n<tbody>\n");
        for (ResultRow r : ReportFormat.sorted(rows)) {
            h.append("<tr class=\"").append(escape(r.status())).append("\"><td>").append(escape(r.model()))
                    .append("</td>");
            num(h, ReportFormat.workers(r));
            if (c.tasks()) {
                num(h, r.tasks());
            }
            if (c.counts()) {
                num(h, r.count());
            }
            if (c.sleeps()) {
                num(h, r.sleepMillis());
            }
            num(h, ReportFormat.time(r));
            num(h, ReportFormat.speedup(r));
            num(h, ReportFormat.efficiency(r));
            h.append("<td>").append(escape(r.status())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void num(StringBuilder h, String value) {
        h.append("<td class=\"num\">").append(escape(value)).append("</td>");
    }

    /** Text safe in HTML content and in quoted attribute values: escapes &amp; &lt; &gt; &quot; and &#39;. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}

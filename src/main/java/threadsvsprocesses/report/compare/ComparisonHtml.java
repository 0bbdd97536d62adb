package threadsvsprocesses.report.compare;

import threadsvsprocesses.report.page.HtmlReport;

import java.nio.file.Path;
import java.util.List;

import static threadsvsprocesses.report.page.HtmlReport.escape;

/**
 * Renders a comparison's {@code index.html}: one self-contained page to open from the file system, in the look of
 * a run's page ({@link HtmlReport}). It fetches nothing: the style is inline and the charts are {@code <img>}
 * elements naming the PNG files beside the page. Every string read from a results.csv is escaped with
 * {@link HtmlReport#escape}. Tables are plain {@code <table>} elements holding the numbers as text.
 */
final class ComparisonHtml {

    private static final String STYLE = """
            body { margin: 0; background: #fafafa; color: #222; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", \
            Roboto, Helvetica, Arial, sans-serif; }
            main { max-width: 1400px; margin: 0 auto; padding: 1rem 1.5rem 3rem; background: #fff; }
            h1 { font-size: 1.6rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #ddd; }
            table { border-collapse: collapse; margin: 0.8rem 0; }
            th, td { border: 1px solid #bbb; padding: 0.25rem 0.6rem; vertical-align: top; }
            thead th { background: #eee; } th { text-align: left; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr.first td { border-top: 2px solid #888; }
            td.faster { color: #05603a; font-weight: bold; } td.slower { color: #a3300b; font-weight: bold; }
            td.absent, td.not-measured { color: #888; }
            figure { margin: 0.8rem 0; } img { max-width: 100%; height: auto; border: 1px solid #eee; }
            code { white-space: nowrap; } .note { color: #555; }
            div.scroll { overflow-x: auto; } table.compare, table.partial { font-size: 14px; }
            """;

    private ComparisonHtml() {
    }

    /**
     * The page's HTML text.
     *
     * @param charts PNG charts in the page's folder, referenced by file name
     */
    static String render(Comparison c, List<Path> charts) {
        StringBuilder h = new StringBuilder();
        String title = "Threads vs processes: comparison of " + c.runs().size() + " runs";
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<h1>").append(escape(title)).append("</h1>\n");
        h.append("<p>Baseline: <strong>").append(escape(c.labels().get(c.baseline()))).append("</strong> (run <code>")
                .append(escape(c.baselineRun().runId())).append("</code>). ")
                .append(escape(CompareText.method())).append("</p>\n");
        h.append("<p>").append(escape(CompareText.counts(c))).append(" The numbers are also in <a href=\"")
                .append(Compare.CSV).append("\">").append(Compare.CSV).append("</a>.</p>\n");

        runs(h, c);
        for (String w : CompareText.workloads(c)) {
            workload(h, c, w, charts);
        }
        partial(h, c);
        notMeasured(h, c);
        List<String> notes = CompareText.notes(c);
        if (!notes.isEmpty()) {
            h.append("<h2>Notes</h2>\n<ul class=\"notes\">\n");
            notes.forEach(n -> h.append("<li>").append(escape(n)).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void runs(StringBuilder h, Comparison c) {
        h.append("<h2>Machines</h2>\n<table class=\"runs\">\n<thead><tr><th>machine (legend)</th><th>run id</th>")
                .append("<th>host</th><th>CPU</th><th class=\"num\">cores</th><th class=\"num\">memory</th><th>OS</th>")
                .append("<th>JVM</th><th>started at</th><th class=\"num\">rows</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < c.runs().size(); i++) {
            RunResults r = c.runs().get(i);
            h.append("<tr><td>").append(escape(c.labels().get(i))).append(i == c.baseline() ? " <strong>[baseline]</strong>" : "")
                    .append("</td><td><code>").append(escape(r.runId())).append("</code></td><td>")
                    .append(escape(r.host())).append("</td><td>").append(escape(r.cpuModel())).append("</td>");
            num(h, Integer.toString(r.cores()));
            num(h, CompareFormat.memory(r.memoryBytes()));
            h.append("<td>").append(escape(r.os())).append("</td><td>").append(escape(r.jvmVendor() + " " + r.jvmVersion()))
                    .append("</td><td>").append(escape(r.startedAt())).append("</td>");
            num(h, Integer.toString(r.rows().size()));
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void workload(StringBuilder h, Comparison c, String w, List<Path> charts) {
        List<Comparison.Line> lines = c.compared().stream().filter(l -> l.example().workload().equals(w)).toList();
        h.append("<section class=\"workload\">\n<h2>").append(escape(CompareFormat.title(w))).append("</h2>\n");
        for (Path chart : charts) {
            String name = chart.getFileName().toString();
            if (name.startsWith(w + "-")) {
                h.append("<figure><img src=\"").append(escape(name)).append("\" alt=\"").append(escape(name))
                        .append("\"></figure>\n");
            }
        }
        if (lines.isEmpty()) {
            h.append("<p>No measurement of this workload is in two or more runs.</p>\n</section>\n");
            return;
        }
        h.append("<div class=\"scroll\">\n<table class=\"compare\">\n<thead><tr><th>model</th><th class=\"num\">workers</th>")
                .append("<th>parameters</th><th>metric</th><th>machine</th><th class=\"num\">score \u00b1 99.9% error</th>")
                .append("<th>unit</th><th class=\"num\">ratio to baseline</th><th>verdict</th><th>test</th>")
                .append("<th class=\"num\">speedup</th><th class=\"num\">efficiency per core</th>")
                .append("<th class=\"num\">workers / cores</th></tr></thead>\n<tbody>\n");
        int runs = c.runs().size();
        for (Comparison.Line line : lines) {
            for (int i = 0; i < runs; i++) {
                Comparison.Entry e = line.entries().get(i);
                h.append(i == 0 ? "<tr class=\"first\">" : "<tr>");
                if (i == 0) {
                    String span = " rowspan=\"" + runs + "\"";
                    h.append("<td").append(span).append(">").append(escape(line.example().model())).append("</td>")
                            .append("<td class=\"num\"").append(span).append(">")
                            .append(escape(CompareFormat.workers(line.example()))).append("</td>")
                            .append("<td").append(span).append(">").append(escape(CompareFormat.otherParams(line.key())))
                            .append("</td><td").append(span).append(">").append(escape(line.key().metric())).append("</td>");
                }
                h.append("<td>").append(escape(c.labels().get(i))).append("</td>");
                num(h, CompareFormat.value(e.value(), e.error()));
                h.append("<td>").append(escape(e.row() != null && e.row().measured() ? line.unit() : "")).append("</td>");
                num(h, CompareFormat.ratio(e.ratio()));
                h.append("<td class=\"").append(verdictClass(e.verdict())).append("\">")
                        .append(escape(CompareText.verdict(e))).append("</td>");
                h.append("<td>").append(escape(CompareFormat.test(e))).append("</td>");
                num(h, e.row() == null ? "" : CompareFormat.ratio(e.row().speedup()));
                num(h, CompareFormat.percent(e.efficiencyPerCore()));
                num(h, CompareFormat.plain(e.workersPerCore()));
                h.append("</tr>\n");
            }
        }
        h.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static String verdictClass(Comparison.Verdict v) {
        return switch (v) {
            case FASTER -> "faster";
            case SLOWER -> "slower";
            case ABSENT -> "absent";
            case NOT_MEASURED -> "not-measured";
            default -> "verdict";
        };
    }

    private static void partial(StringBuilder h, Comparison c) {
        h.append("<h2>Measured in only some runs</h2>\n");
        List<Comparison.Line> partial = c.partial();
        if (partial.isEmpty()) {
            h.append("<p>None: every run has a row for every measurement.</p>\n");
            return;
        }
        h.append("<table class=\"partial\">\n<thead><tr><th>workload</th><th>model</th><th class=\"num\">workers</th>")
                .append("<th>parameters</th><th>metric</th><th>in</th><th>missing from</th></tr></thead>\n<tbody>\n");
        for (Comparison.Line l : partial) {
            h.append("<tr><td>").append(escape(l.example().workload())).append("</td><td>")
                    .append(escape(l.example().model())).append("</td>");
            num(h, CompareFormat.workers(l.example()));
            h.append("<td>").append(escape(CompareFormat.otherParams(l.key()))).append("</td><td>")
                    .append(escape(l.key().metric())).append("</td><td>")
                    .append(escape(CompareText.runsWith(c, l, true))).append("</td><td>")
                    .append(escape(CompareText.runsWith(c, l, false))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void notMeasured(StringBuilder h, Comparison c) {
        h.append("<h2>Skipped and failed cells</h2>\n");
        List<String> items = CompareText.notMeasured(c);
        if (items.isEmpty()) {
            h.append("<p>None: every row of every run was measured.</p>\n");
            return;
        }
        h.append("<ul class=\"not-done\">\n");
        items.forEach(s -> h.append("<li>").append(escape(s)).append("</li>\n"));
        h.append("</ul>\n");
    }

    private static void num(StringBuilder h, String value) {
        h.append("<td class=\"num\">").append(escape(value)).append("</td>");
    }
}

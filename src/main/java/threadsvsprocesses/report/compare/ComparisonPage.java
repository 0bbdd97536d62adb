package threadsvsprocesses.report.compare;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.format.Titles;
import threadsvsprocesses.report.page.Block;
import threadsvsprocesses.report.page.Block.Bullets;
import threadsvsprocesses.report.page.Block.Cell;
import threadsvsprocesses.report.page.Block.Column;
import threadsvsprocesses.report.page.Block.Figure;
import threadsvsprocesses.report.page.Block.Heading;
import threadsvsprocesses.report.page.Block.Paragraph;
import threadsvsprocesses.report.page.Block.Row;
import threadsvsprocesses.report.page.Block.Section;
import threadsvsprocesses.report.page.Block.Table;
import threadsvsprocesses.report.page.Page;
import threadsvsprocesses.report.page.PageStyle;
import threadsvsprocesses.report.page.Span;
import threadsvsprocesses.run.MachineInfo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The page of a comparison, as one outline for {@code index.html} and {@code report.md}: the machines, one table per
 * workload with its charts (the task-size sweep's also with its break-even figures side by side,
 * {@link BreakEvenComparison}), the measurements missing from some runs, and the cells not measured with their reasons.
 */
final class ComparisonPage {

    private static final String STYLE = PageStyle.base("1400px") + """
            img { max-width: 100%; height: auto; border: 1px solid #eee; }
            tr.first td { border-top: 2px solid #888; }
            td.faster { color: #05603a; font-weight: bold; } td.slower { color: #a3300b; font-weight: bold; }
            td.absent, td.not-measured { color: #888; }
            code { white-space: nowrap; } .note { color: #555; }
            div.scroll { overflow-x: auto; } table.compare, table.partial { font-size: 14px; }
            """;

    private ComparisonPage() {
    }

    /** The outline; {@code charts} are PNG files in the page's folder, referenced by file name. */
    static Page of(Comparison c, List<Path> charts) {
        List<Block> b = new ArrayList<>();
        b.add(new Paragraph(List.of(Span.text("Baseline: "), new Span.Strong(c.labels().get(c.baseline())),
                Span.text(" (run "), new Span.Code(c.baselineRun().runId()), Span.text("). " + CompareText.method()))));
        b.add(new Paragraph(List.of(Span.text(CompareText.counts(c) + " The numbers are also in "),
                new Span.Link(Compare.CSV, Compare.CSV), Span.text("."))));
        b.add(new Heading(2, null, "Machines"));
        b.add(machines(c));
        for (String w : CompareText.workloads(c)) {
            b.add(workload(c, w, charts));
        }
        b.add(new Heading(2, null, "Measured in only some runs"));
        b.add(c.partial().isEmpty() ? Paragraph.of("None: every run has a row for every measurement.") : partial(c));
        b.add(new Heading(2, null, "Skipped and failed cells"));
        List<String> notMeasured = CompareText.notMeasured(c);
        b.add(notMeasured.isEmpty() ? Paragraph.of("None: every row of every run was measured.")
                : new Bullets(notMeasured.stream().map(s -> List.<Span>of(Span.text(s))).toList(), "not-done"));
        List<String> notes = CompareText.notes(c);
        if (!notes.isEmpty()) {
            b.add(new Heading(2, null, "Notes"));
            b.add(new Bullets(notes.stream().map(s -> List.<Span>of(Span.text(s))).toList(), "notes"));
        }
        return new Page("Threads vs processes: comparison of " + c.runs().size() + " runs", STYLE, b);
    }

    private static Table machines(Comparison c) {
        List<Column> columns = List.of(Column.text("machine (legend)"), Column.text("run id"), Column.text("host"),
                Column.text("CPU"), Column.number("cores"), Column.text("physical cores"), Column.text("CPU quota"),
                Column.number("memory"), Column.text("OS"), Column.text("JVM"),
                Column.text("started at"), Column.number("rows"));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < c.runs().size(); i++) {
            RunResults r = c.runs().get(i);
            MachineInfo m = r.machine();
            List<Span> label = new ArrayList<>(List.of(Span.text(c.labels().get(i))));
            if (i == c.baseline()) {
                label.addAll(List.of(Span.text(" "), new Span.Strong("[baseline]")));
            }
            rows.add(new Row(null, List.of(Cell.of(label), Cell.of(List.of(new Span.Code(m.runId()))), Cell.of(m.host()),
                    Cell.of(m.cpuModel()), Cell.of(Integer.toString(m.cores())), Cell.of(MachineLabels.physicalCores(m)),
                    Cell.of(MachineLabels.quota(m)), Cell.of(Figures.gibibytes(m.memoryBytes())),
                    Cell.of(m.os()), Cell.of(m.jvmVendor() + " " + m.jvmVersion()), Cell.of(m.startedAt()),
                    Cell.of(Integer.toString(r.rows().size())))));
        }
        return new Table("runs", columns, rows);
    }

    private static Section workload(Comparison c, String w, List<Path> charts) {
        List<Block> b = new ArrayList<>();
        b.add(new Heading(2, null, Titles.of(w)));
        for (Path chart : charts) {
            String name = chart.getFileName().toString();
            if (name.startsWith(w + "-")) {
                b.add(new Figure(name, name));
            }
        }
        if (w.equals(Experiment.GRANULARITY.label())) {
            b.addAll(BreakEvenComparison.of(c));
        }
        List<Comparison.Line> lines = c.compared().stream().filter(l -> l.example().workload().equals(w)).toList();
        if (lines.isEmpty()) {
            b.add(Paragraph.of("No measurement of this workload is in two or more runs."));
            return new Section("workload", b);
        }
        List<Column> columns = List.of(Column.text("model"), Column.number("workers"), Column.text("parameters"),
                Column.text("metric"), Column.text("machine"), Column.number("score \u00b1 interval"),
                Column.text("unit"), Column.number("forks"), Column.number("ratio to baseline"), Column.text("verdict"),
                Column.text("test"), Column.text("depends on scheduler"),
                Column.number("speedup"), Column.number("efficiency per core"), Column.number("workers / cores"));
        int runs = c.runs().size();
        List<Row> rows = new ArrayList<>();
        for (Comparison.Line line : lines) {
            List<Cell> shared = List.of(Cell.of(line.example().model()), Cell.of(CompareText.workers(line.example())),
                    Cell.of(CompareText.otherParams(line.key())), Cell.of(line.key().metric()));
            for (int i = 0; i < runs; i++) {
                Comparison.Entry e = line.entries().get(i);
                int run = i;
                List<Cell> cells = new ArrayList<>(shared.stream().map(s -> run == 0 ? s.spanning(runs) : s.covered())
                        .toList());
                boolean significant = e.verdict() == Comparison.Verdict.FASTER || e.verdict() == Comparison.Verdict.SLOWER;
                cells.addAll(List.of(Cell.of(c.labels().get(i)), Cell.of(Figures.withError(e.value(), e.error())),
                        Cell.of(e.row() != null && e.row().scored() ? line.unit() : ""),
                        Cell.of(e.row() == null || e.row().forks() == 0 ? "" : Integer.toString(e.row().forks())),
                        Cell.of(CompareText.ratio(e.ratio())),
                        Cell.styled(CompareText.verdict(e) + CompareText.noise(c, line, i), verdictClass(e.verdict()),
                                significant),
                        Cell.of(CompareText.test(e)), Cell.of(CompareText.schedulerBound(e)),
                        Cell.of(e.row() == null ? "" : CompareText.ratio(e.row().speedup())),
                        Cell.of(percent(e.efficiencyPerCore())),
                        Cell.of(Double.isFinite(e.workersPerCore()) ? Figures.plain(e.workersPerCore()) : "")));
                rows.add(new Row(i == 0 ? "first" : null, cells));
            }
        }
        b.add(new Table("compare", columns, rows, true, true));
        return new Section("workload", b);
    }

    private static Table partial(Comparison c) {
        List<Column> columns = List.of(Column.text("workload"), Column.text("model"), Column.number("workers"),
                Column.text("parameters"), Column.text("metric"), Column.text("in"), Column.text("missing from"));
        List<Row> rows = new ArrayList<>();
        for (Comparison.Line l : c.partial()) {
            rows.add(new Row(null, List.of(Cell.of(l.example().workload()), Cell.of(l.example().model()),
                    Cell.of(CompareText.workers(l.example())), Cell.of(CompareText.otherParams(l.key())),
                    Cell.of(l.key().metric()), Cell.of(CompareText.runsWith(c, l, true)),
                    Cell.of(CompareText.runsWith(c, l, false)))));
        }
        return new Table("partial", columns, rows);
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

    private static String percent(double share) {
        return Double.isFinite(share) ? Figures.percent(share, 0) : "";
    }
}

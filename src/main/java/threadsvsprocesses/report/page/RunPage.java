package threadsvsprocesses.report.page;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.report.claims.ClaimResult;
import threadsvsprocesses.report.findings.Finding;
import threadsvsprocesses.report.findings.Findings;
import threadsvsprocesses.report.format.Titles;
import threadsvsprocesses.report.page.Block.Bullets;
import threadsvsprocesses.report.page.Block.Contents;
import threadsvsprocesses.report.page.Block.Figure;
import threadsvsprocesses.report.page.Block.Heading;
import threadsvsprocesses.report.page.Block.Paragraph;
import threadsvsprocesses.report.page.Block.Section;
import threadsvsprocesses.report.page.Span.Link;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RunRows;
import threadsvsprocesses.run.MachineInfo;
import threadsvsprocesses.run.PlannedCell.Status;
import threadsvsprocesses.run.RunPlan;
import threadsvsprocesses.workload.Workload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The page of one run, as one outline for {@code index.html} and {@code report.md}: "On this machine" (the run's
 * findings in a few generated sentences, {@link FindingsSection}), the run and its cells, the machine, the verdict on
 * each claim beside the figure that decided it, one section per workload and per experiment with its charts and table, and the
 * cells that were skipped or failed with their reasons.
 */
public final class RunPage {

    private static final String STYLE = PageStyle.base("1100px") + """
            thead th { position: sticky; top: 0; }
            tr.skipped, tr.failed, tr.planned { color: #888; }
            img { max-width: 100%; max-height: 85vh; width: auto; height: auto; border: 1px solid #eee; }
            nav.contents { margin: 0.6rem 0; line-height: 1.9; } nav.contents a { margin-right: 0.9rem; white-space: nowrap; }
            p.note { color: #555; font-size: 0.93rem; }
            ul.args { margin: 0; padding-left: 1.2rem; } code { word-break: break-all; }
            .partial { color: #b00; font-weight: bold; }
            td.verdict.holds { color: #05642f; font-weight: bold; } td.verdict.does-not-hold { color: #b00; font-weight: bold; }
            td.verdict.inconclusive { color: #8a5a00; } td.verdict.not-measured { color: #888; }
            td.deciding { font-size: 0.9rem; color: #333; } ul.findings li { margin: 0.35rem 0; }
            p.rule { color: #444; font-size: 0.93rem; } ul.evidence { margin: 0.3rem 0; }
            p.noisy-banner { background: #fff4d6; border: 1px solid #d9a520; padding: 0.5rem 0.8rem; }
            .noisy { color: #8a5a00; font-weight: bold; }
            """;

    private final MachineInfo machine;
    private final RunPlan plan;
    private final RunRows rows;
    private final Path pageDir;
    private final List<Path> charts;
    private final List<ClaimResult> claims;
    private final List<Finding> findings;

    private RunPage(MachineInfo machine, RunPlan plan, RunRows rows, Path pageDir, List<Path> charts,
                    List<ClaimResult> claims) {
        this.machine = machine;
        this.plan = plan;
        this.rows = rows;
        this.pageDir = pageDir;
        this.charts = charts;
        this.claims = claims;
        this.findings = Findings.of(rows, machine.cores());
    }

    /**
     * The outline of a run's page.
     *
     * @param pageDir the folder the page is written to; chart sources are relative to it
     * @param charts  PNG charts; those that do not exist are left out
     * @param claims  the verdicts on the claims
     */
    public static Page of(MachineInfo machine, RunPlan plan, RunRows rows, Path pageDir, List<Path> charts,
                          List<ClaimResult> claims) {
        return new RunPage(machine, plan, rows, pageDir, charts, claims).page();
    }

    private Page page() {
        List<Block> b = new ArrayList<>(NoiseBanner.of(rows));
        List<String> chartFiles = charts.stream().map(this::relative).flatMap(Optional::stream).toList();
        b.addAll(FindingsSection.of(findings, f -> FindingsSection.chart(f, chartFiles)));
        b.add(new Paragraph(summary()));
        b.add(StatisticsNotes.intervals(rows));
        b.add(new Contents(contents()));
        b.add(new Heading(2, "machine", "Machine"));
        b.add(MachineTable.of(machine));
        b.add(ClaimsSection.of(claims));
        for (String w : workloads()) {
            if (rows.of(w).isEmpty()) {
                continue;
            }
            Optional<Experiment> experiment = Experiment.byLabel(w);
            b.add(experiment.isPresent() ? experiment(experiment.get()) : workload(w));
        }
        b.add(new Heading(2, "not-done", "Skipped and failed cells"));
        List<ResultRow> notDone = rows.notDone();
        if (notDone.isEmpty()) {
            b.add(Paragraph.of("None: every cell was measured."));
        } else {
            b.add(new Bullets(notDone.stream().map(r -> cellItem(r.status().label(), r,
                    r.reason().isEmpty() ? "no reason recorded" : r.reason())).toList(), "not-done"));
        }
        List<ResultRow> noted = rows.noted();
        if (!noted.isEmpty()) {
            b.add(Paragraph.of("Measured, with a note:"));
            b.add(new Bullets(noted.stream().map(r -> cellItem("measured", r, r.reason())).toList(), "noted"));
        }
        return new Page("Threads vs processes: run " + text(machine.runId()), STYLE, b);
    }

    /** "<strong>status</strong> workload <code>{params}</code>: text", a cell in the list of cells not measured or noted. */
    private static List<Span> cellItem(String status, ResultRow r, String text) {
        return List.of(new Span.Strong(status), Span.text(" " + r.workload() + " "), new Span.Code(String.valueOf(r.params())),
                Span.text(": " + text));
    }

    /** "Profile standard, complete. 131 cells: 121 measured, 10 skipped, 0 failed, 0 not reached." */
    private List<Span> summary() {
        List<Span> s = new ArrayList<>(List.of(Span.text("Profile "), new Span.Strong(text(plan.profile())),
                Span.text(", ")));
        if (plan.partial()) {
            s.add(new Span.Marked("partial", "partial"));
            s.add(Span.text(" (interrupted or still running)"));
        } else {
            s.add(Span.text("complete"));
        }
        s.add(Span.text(". " + rows.cells().size() + " cells: " + rows.count(Status.DONE) + " measured, "
                + rows.count(Status.SKIPPED) + " skipped, " + rows.count(Status.FAILED) + " failed, "
                + rows.count(Status.PLANNED) + " not reached" + (rows.noisy().isEmpty() ? "" : "; "
                + rows.noisy().size() + " noisy") + "."));
        return s;
    }

    /** Links to every section, so a long page can be read on a laptop screen. */
    private List<Link> contents() {
        List<Link> links = new ArrayList<>();
        if (!findings.isEmpty()) {
            links.add(new Link("#" + FindingsSection.ID, "On this machine"));
        }
        links.addAll(List.of(new Link("#machine", "Machine"), new Link("#claims", "Claims")));
        for (String w : workloads()) {
            if (!rows.of(w).isEmpty()) {
                links.add(new Link("#" + anchor(w), Experiment.byLabel(w).isPresent() ? w : Titles.of(w)));
            }
        }
        links.add(new Link("#not-done", "Skipped and failed"));
        return links;
    }

    private Block workload(String w) {
        WorkloadTable table = new WorkloadTable(w, rows.of(w).stream().filter(ResultRow::primary).toList());
        List<Block> b = new ArrayList<>();
        b.add(new Heading(2, anchor(w), Titles.of(w)));
        if (table.lacksBaseline()) {
            b.add(new Paragraph(List.of(Span.text("A blank speedup means the single-thread baseline of the same size"
                    + " was not measured (skipped or failed; see the list at the end).")), "note"));
        }
        b.addAll(figures(w));
        StatisticsNotes.scheduler(w, rows.of(w)).ifPresent(b::add);
        if (!table.common().isEmpty()) {
            b.add(Paragraph.of(table.common()));
        }
        b.add(table.table());
        return new Section("workload", b);
    }

    private Block experiment(Experiment e) {
        ExperimentTable t = ExperimentTable.of(e, rows);
        List<Block> b = new ArrayList<>();
        b.add(new Heading(2, anchor(e.label()), t.title()));
        b.add(Paragraph.of(t.about()));
        b.addAll(figures(e.label()));
        if (e == Experiment.GRANULARITY) {
            b.addAll(BreakEvenTable.of(rows));
        }
        StatisticsNotes.scheduler(e.label(), rows.of(e.label())).ifPresent(b::add);
        if (!t.common().isEmpty()) {
            b.add(Paragraph.of(t.common()));
        }
        b.add(t.block());
        return new Section("experiment", b);
    }

    /** The charts whose file names start with {@code label-} and exist, as figures relative to the page. */
    private List<Figure> figures(String label) {
        List<Figure> figures = new ArrayList<>();
        for (Path chart : charts) {
            String name = chart.getFileName().toString();
            if (name.startsWith(label + "-")) {
                relative(chart).ifPresent(rel -> figures.add(new Figure(rel, name)));
            }
        }
        return figures;
    }

    /** A chart's path relative to the page, if it exists. */
    private Optional<String> relative(Path chart) {
        return Files.isRegularFile(chart)
                ? Optional.of(pageDir.toAbsolutePath().relativize(chart.toAbsolutePath()).toString().replace('\\', '/'))
                : Optional.empty();
    }

    /** Workloads in report order: the three first, then the experiments in their order, then any other. */
    private List<String> workloads() {
        Set<String> workloads = new LinkedHashSet<>();
        for (Workload w : Workload.values()) {
            workloads.add(w.label());
        }
        for (Experiment e : Experiment.values()) {
            workloads.add(e.label());
        }
        rows.all().forEach(r -> workloads.add(r.workload()));
        return List.copyOf(workloads);
    }

    /** A section's id: the workload's label reduced to letters, digits and dashes (labels come from files). */
    static String anchor(String label) {
        return "s-" + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }

    private static String text(String s) {
        return s == null ? "unknown" : s;
    }
}

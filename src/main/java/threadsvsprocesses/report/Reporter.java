package threadsvsprocesses.report;

import threadsvsprocesses.report.rows.ResultsCsv;
import threadsvsprocesses.report.rows.RowBuilder;
import threadsvsprocesses.report.charts.RunCharts;
import threadsvsprocesses.report.claims.ClaimResult;
import threadsvsprocesses.report.findings.Findings;
import threadsvsprocesses.report.page.HtmlRenderer;
import threadsvsprocesses.report.page.MarkdownRenderer;
import threadsvsprocesses.report.page.Page;
import threadsvsprocesses.report.page.RunPage;
import threadsvsprocesses.report.rows.RunRows;
import threadsvsprocesses.run.PlannedCell.Status;
import threadsvsprocesses.report.claims.Claims;
import threadsvsprocesses.run.MachineInfo;
import threadsvsprocesses.run.RunFolder;
import threadsvsprocesses.run.BadInputException;
import threadsvsprocesses.run.RunPlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns a run folder into something to read: {@code results.csv} in the run folder (see {@link ResultsCsv} for its
 * columns), {@code claims.csv} beside it (the verdict on each claim, see {@link Claims}), and charts (PNG and SVG) plus {@code report.md} and a self-contained {@code index.html} in a charts
 * folder.
 */
public final class Reporter {

    /** The file name of the Markdown report in the charts folder. */
    public static final String REPORT = "report.md";
    /** The file name of the HTML page in the charts folder. */
    public static final String HTML = "index.html";

    private Reporter() {
    }

    /**
     * Reads the run folder, writes results.csv and claims.csv into it, and charts + report.md + index.html into chartsDir (created if missing).
     *
     * @return what was written
     * @throws BadInputException if the run folder, machine.json or plan.json is missing or malformed; the message
     *                            is one line naming the file and what was expected
     */
    public static ReportOutput write(Path runDir, Path chartsDir) {
        if (!Files.isDirectory(runDir)) {
            throw new BadInputException(runDir + ": missing; expected a run folder holding "
                    + RunFolder.MACHINE + ", " + RunFolder.PLAN + " and " + RunFolder.JMH_DIR + "/");
        }
        RunFolder folder = new RunFolder(runDir);
        MachineInfo machine = folder.readMachine();
        RunPlan plan = folder.readPlan();
        if (plan.cells() == null) {
            throw new BadInputException(folder.file(RunFolder.PLAN) + ": expected a \"cells\" array");
        }
        if (plan.cells().stream().anyMatch(c -> c == null || c.benchmark() == null)) {
            throw new BadInputException(folder.file(RunFolder.PLAN) + ": every cell needs a \"benchmark\"");
        }
        RunRows rows = new RunRows(RowBuilder.build(runDir, plan.cells()));

        // everything that can be refused is refused before the first write: the run's files stay as they were
        Path csv = folder.file(RunFolder.CSV);
        for (Path target : List.of(csv, folder.file(Claims.CSV))) {
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                throw new BadInputException(target + ": not a regular file; expected " + target.getFileName()
                        + " to be a file the report may replace");
            }
        }
        try {
            Files.createDirectories(chartsDir);
        } catch (IOException e) {
            throw new BadInputException(chartsDir + ": cannot create the charts folder ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                    .orElse("")) + ")");
        }
        ResultsCsv.write(csv, machine, rows.all());
        List<ClaimResult> claims = Claims.judge(rows, machine.cores());
        Path claimsCsv = folder.file(Claims.CSV);
        Claims.write(claimsCsv, claims);

        List<Path> charts = RunCharts.write(rows, machine, chartsDir);
        Page page = RunPage.of(machine, plan, rows, chartsDir, charts, claims);
        Path report = chartsDir.resolve(REPORT);
        RunFolder.writeAtomically(report, MarkdownRenderer.render(page));
        Path html = chartsDir.resolve(HTML);
        RunFolder.writeAtomically(html, HtmlRenderer.render(page));

        return new ReportOutput(csv, claimsCsv, charts, report, html, rows.all().size(),
                (int) rows.count(Status.DONE), (int) rows.count(Status.SKIPPED), (int) rows.count(Status.FAILED),
                rows.noisy().size(), claims, Findings.of(rows, machine.cores()));
    }
}

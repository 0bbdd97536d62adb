package threadsvsprocesses.report;

import threadsvsprocesses.report.charts.CounterCharts;
import threadsvsprocesses.report.charts.MemoryChart;
import threadsvsprocesses.report.charts.MessagingCharts;
import threadsvsprocesses.report.charts.PoolMapCharts;
import threadsvsprocesses.report.charts.RunawayChart;
import threadsvsprocesses.report.charts.ScalingCharts;
import threadsvsprocesses.report.charts.SleepChart;
import threadsvsprocesses.report.charts.StartupCharts;
import threadsvsprocesses.report.page.HtmlReport;
import threadsvsprocesses.report.page.MarkdownReport;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.ResultsCsv;
import threadsvsprocesses.report.rows.RowBuilder;
import threadsvsprocesses.report.claims.ClaimResult;
import threadsvsprocesses.report.claims.Claims;
import threadsvsprocesses.run.MachineInfo;
import threadsvsprocesses.run.RunFolder;
import threadsvsprocesses.run.BadInputException;
import threadsvsprocesses.run.RunPlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        List<ResultRow> rows = RowBuilder.build(runDir, plan.cells());

        Path csv = folder.file(RunFolder.CSV);
        ResultsCsv.write(csv, machine, rows);
        List<ClaimResult> claims = Claims.judge(rows, machine.cores());
        Path claimsCsv = folder.file(Claims.CSV);
        Claims.write(claimsCsv, claims);

        try {
            Files.createDirectories(chartsDir);
        } catch (IOException e) {
            throw new BadInputException(chartsDir + ": cannot create the charts folder (" + e.getMessage() + ")");
        }
        System.setProperty("java.awt.headless", "true");
        List<Path> charts = new ArrayList<>();
        for (String workload : List.of("countdown", "squares")) {
            charts.addAll(ScalingCharts.write(workload, rows, machine, chartsDir));
        }
        SleepChart.write(rows, machine, chartsDir).ifPresent(charts::add);
        charts.addAll(StartupCharts.write(rows, machine, chartsDir));
        MemoryChart.write(rows, machine, chartsDir).ifPresent(charts::add);
        charts.addAll(MessagingCharts.write(rows, machine, chartsDir));
        charts.addAll(CounterCharts.write(rows, machine, chartsDir));
        RunawayChart.write(rows, machine, chartsDir).ifPresent(charts::add);
        charts.addAll(PoolMapCharts.write(rows, machine, chartsDir));

        Path report = chartsDir.resolve(REPORT);
        RunFolder.writeAtomically(report, MarkdownReport.render(machine, plan, rows, chartsDir, charts, claims));

        Path html = chartsDir.resolve(HTML);
        RunFolder.writeAtomically(html, HtmlReport.render(machine, plan, rows, chartsDir, charts, claims));

        return new ReportOutput(csv, claimsCsv, charts, report, html, rows.size(),
                count(rows, ResultRow.DONE), count(rows, ResultRow.SKIPPED), count(rows, ResultRow.FAILED));
    }

    private static int count(List<ResultRow> rows, String status) {
        return (int) rows.stream().filter(r -> r.primary() && r.status().equals(status)).count();
    }
}

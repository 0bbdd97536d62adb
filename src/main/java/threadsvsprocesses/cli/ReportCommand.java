package threadsvsprocesses.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import threadsvsprocesses.report.ReportOutput;
import threadsvsprocesses.report.Reporter;
import threadsvsprocesses.run.BadInputException;
import threadsvsprocesses.run.RunFolder;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code report results/<run-id> [--charts DIR]}: redraws a saved run, running nothing. */
@Command(name = "report",
        header = "Redraw a saved run's CSV, charts and report, running nothing.",
        description = "Reads JMH's JSON and the run's machine and plan files from its folder: for a run that was"
                + " interrupted or killed, or one copied from another machine.")
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    private SuiteCommand suite;

    @Mixin
    private HelpOption help;

    // Any number, so that a wrong count gets the suite's message rather than picocli's.
    @Parameters(paramLabel = "RUN_FOLDER", arity = "0..*", hideParamSyntax = true,
            description = "The run's folder, results/<run-id> (or its results.csv).")
    private List<String> folders = new ArrayList<>();

    @Option(names = "--charts", paramLabel = "DIR", defaultValue = "charts",
            description = "Folder in which the run's chart folder <run-id>/ is drawn. Default: ${DEFAULT-VALUE}.")
    private Path chartsRoot;

    @Override
    public Integer call() {
        if (folders.size() != 1) {
            throw new BadInputException("report takes one run folder (results/<run-id>), got " + folders.size());
        }
        Path runDir = Path.of(folders.get(0));
        if (Files.isRegularFile(runDir) && runDir.getFileName().toString().equals(RunFolder.CSV)) {
            runDir = runDir.toAbsolutePath().getParent();
        }
        if (!Files.isDirectory(runDir)) {
            throw new BadInputException("run folder " + runDir + " does not exist; give a folder such as results/<run-id>");
        }
        Path name = runDir.toAbsolutePath().normalize().getFileName();
        if (name == null) {
            throw new BadInputException("run folder " + runDir + " has no name to file its charts under; give a"
                    + " folder such as results/<run-id>");
        }
        Path charts = chartsRoot.resolve(name.toString());
        ReportOutput report = Reporter.write(runDir, charts);
        PrintStream out = suite.out;
        out.printf("Rebuilt %s (%d rows) and %d chart files in %s; report %s%n", report.csv(), report.rows(),
                report.charts().size(), charts, report.html());
        return 0;
    }
}

package threadsvsprocesses.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import threadsvsprocesses.report.compare.Compare;
import threadsvsprocesses.run.BadInputException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code compare A B [C ...] [--baseline RUN] [--charts DIR]}: compares saved runs, of one machine or several. */
@Command(name = "compare",
        header = "Compare saved runs, of this machine or others.",
        description = "For every measurement in two or more runs: each run's score, its ratio to the baseline's and"
                + " whether the difference is significant (Welch's t-test), with charts and a report in a new folder"
                + " compare-<run-ids>/. The runs are only read.")
final class CompareCommand implements Callable<Integer> {

    @ParentCommand
    private SuiteCommand suite;

    @Mixin
    private HelpOption help;

    // Any number, so that a wrong count gets the suite's message rather than picocli's.
    @Parameters(paramLabel = "RUN RUN...", arity = "0..*", hideParamSyntax = true,
            description = "Two or more runs: run folders (results/<run-id>) or their results.csv.")
    private List<String> runs = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "RUN",
            description = "The run the others are measured against, by run id or as given. Default: the first.")
    private String baseline;

    @Option(names = "--charts", paramLabel = "DIR", defaultValue = "charts",
            description = "Folder in which the comparison's folder compare-<run-ids>/ is created."
                    + " Default: ${DEFAULT-VALUE}.")
    private Path chartsRoot;

    @Override
    public Integer call() {
        if (runs.size() < 2) {
            throw new BadInputException("compare takes two or more runs (run folders or their results.csv), got "
                    + runs.size());
        }
        Compare.Output c = Compare.run(runs, baseline, chartsRoot);
        PrintStream out = suite.out;
        out.printf("Compared %d runs: %d measurements in two or more runs, %d missing from some run.%n",
                runs.size(), c.compared(), c.partial());
        out.println("Written: " + c.dir() + " (" + Compare.CSV + ", " + c.charts().size() + " charts, "
                + Compare.REPORT + ")");
        out.println("Report:  " + c.html() + " (open in a browser)");
        return 0;
    }
}

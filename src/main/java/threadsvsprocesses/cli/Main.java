package threadsvsprocesses.cli;

import threadsvsprocesses.run.CellPlanner;
import threadsvsprocesses.run.MachineProbe;
import threadsvsprocesses.run.Profile;
import threadsvsprocesses.run.RunId;
import threadsvsprocesses.run.SuiteRunner;
import threadsvsprocesses.run.BadInputException;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.VerboseMode;
import threadsvsprocesses.execution.ParentWatch;
import threadsvsprocesses.execution.WorkerTimeouts;
import threadsvsprocesses.report.ReportOutput;
import threadsvsprocesses.report.Reporter;
import threadsvsprocesses.report.compare.Compare;
import threadsvsprocesses.run.MachineInfo;
import threadsvsprocesses.run.PlannedCell;
import threadsvsprocesses.run.RunFolder;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar benchmarks.jar [--profile quick|standard|full|smoke] [--results DIR] [--charts DIR] [JMH options]}
 * runs the suite; {@code java -jar benchmarks.jar report results/<run-id> [--charts DIR]} redraws a saved run;
 * {@code java -jar benchmarks.jar compare A B [C ...] [--baseline RUN] [--charts DIR]} compares saved runs.
 * Bad input ends with one line on stderr and exit status 2, before anything runs.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] argv) throws Exception {
        // Relaunched by the launcher: if the launcher is killed, stop too, leaving no orphaned run.
        ParentWatch.installIfParentIsOurs();
        int status;
        try {
            status = run(argv, System.out);
        } catch (BadInputException e) {
            System.err.println("error: " + e.getMessage());
            status = 2;
        }
        System.exit(status);
    }

    static int run(String[] argv, PrintStream out) throws Exception {
        Arguments args = Arguments.parse(argv);
        if (args.command().equals("report")) {
            return report(args, out);
        }
        if (args.command().equals("compare")) {
            return compare(args, out);
        }
        CommandLineOptions jmh;
        try {
            jmh = new CommandLineOptions(args.jmhArgs().toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            throw new BadInputException("bad JMH option: " + e.getMessage() + " (see -h)");
        }
        if (args.help() || jmh.shouldHelp()) {
            out.println(USAGE);
            jmh.showHelp();
            return 0;
        }
        if (jmh.shouldList()) {
            new Runner(jmh).list();
            return 0;
        }
        if (jmh.shouldListWithParams()) {
            new Runner(jmh).listWithParams(jmh);
            return 0;
        }
        if (jmh.shouldListProfilers()) {
            jmh.listProfilers();
            return 0;
        }
        if (jmh.shouldListResultFormats()) {
            jmh.listResultFormats();
            return 0;
        }
        return runSuite(args, jmh, out);
    }

    private static int runSuite(Arguments args, CommandLineOptions jmh, PrintStream out) throws Exception {
        Profile profile = args.profile();
        int cores = Runtime.getRuntime().availableProcessors();
        List<PlannedCell> cells = new CellPlanner(profile, jmh, args.parameterNames(), cores, BenchmarkList.defaultList())
                .plan(OutputFormatFactory.createFormatInstance(out, VerboseMode.SILENT));
        Instant started = Instant.now();
        String runId = RunId.claim(args.resultsRoot(), args.chartsRoot(), RunId.base(started, MachineProbe.hostName()));
        RunFolder folder = new RunFolder(args.resultsRoot().resolve(runId));
        Path charts = args.chartsRoot().resolve(runId);
        int workerTimeout = args.workerTimeoutSeconds() != null ? args.workerTimeoutSeconds() : profile.jobTimeoutSeconds;
        List<String> forkJvmArgs = forkJvmArgs(jmh, workerTimeout);
        MachineInfo machine = MachineProbe.describe(runId, started, profile.label(), forkJvmArgs);
        folder.writeMachine(machine);
        long skipped = cells.stream().filter(c -> c.status() == PlannedCell.Status.SKIPPED).count();
        out.printf("threads-vs-processes %s: profile %s, %d cells to measure, %d skipped (reasons in the CSV)%n",
                runId, profile.label(), cells.size() - skipped, skipped);
        out.println("machine: " + machine.describe());
        ReportOutput report = new SuiteRunner(profile, jmh, forkJvmArgs, folder, charts, cores, out).run(cells);
        out.println();
        out.printf("Done: %d measured, %d skipped, %d failed.%n", report.measured(), report.skipped(), report.failed());
        out.println("Results: " + folder.dir() + " (results.csv, JMH's JSON in jmh/, machine.json, jmh.log)");
        out.println("Charts:  " + charts + " (" + report.charts().size() + " files)");
        out.println("Report:  " + report.html() + " (open in a browser), " + report.report());
        return report.failed() > 0 ? 1 : 0;
    }

    private static int report(Arguments args, PrintStream out) {
        if (args.positional().size() != 1) {
            throw new BadInputException("report takes one run folder (results/<run-id>), got " + args.positional().size());
        }
        Path runDir = Path.of(args.positional().get(0));
        if (Files.isRegularFile(runDir) && runDir.getFileName().toString().equals(RunFolder.CSV)) {
            runDir = runDir.toAbsolutePath().getParent();
        }
        if (!Files.isDirectory(runDir)) {
            throw new BadInputException("run folder " + runDir + " does not exist; give a folder such as results/<run-id>");
        }
        Path charts = args.chartsRoot().resolve(runDir.toAbsolutePath().normalize().getFileName().toString());
        ReportOutput report = Reporter.write(runDir, charts);
        out.printf("Rebuilt %s (%d rows) and %d chart files in %s; report %s%n", report.csv(), report.rows(),
                report.charts().size(), charts, report.html());
        return 0;
    }

    private static int compare(Arguments args, PrintStream out) {
        if (args.help()) {
            out.println(USAGE);
            return 0;
        }
        if (args.positional().size() < 2) {
            throw new BadInputException("compare takes two or more runs (run folders or their results.csv), got "
                    + args.positional().size());
        }
        Compare.Output c = Compare.run(args.positional(), args.baseline(), args.chartsRoot());
        out.printf("Compared %d runs: %d measurements in two or more runs, %d missing from some run.%n",
                args.positional().size(), c.compared(), c.partial());
        out.println("Written: " + c.dir() + " (" + Compare.CSV + ", " + c.charts().size() + " charts, "
                + Compare.REPORT + ")");
        out.println("Report:  " + c.html() + " (open in a browser)");
        return 0;
    }

    /** The user's -jvmArgsAppend, then the worker timeout, then JDK 23+'s switch for JMH's Unsafe warnings. */
    private static List<String> forkJvmArgs(CommandLineOptions jmh, int workerTimeoutSeconds) {
        List<String> args = new ArrayList<>(jmh.getJvmArgsAppend().orElse(List.of()));
        args.add("-D" + WorkerTimeouts.PROPERTY + "=" + workerTimeoutSeconds);
        // JMH's forks inherit this JVM's flags, which already hold it when the launcher relaunched us.
        String allowUnsafe = "--sun-misc-unsafe-memory-access=allow";
        boolean inherited = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().contains(allowUnsafe);
        if (Runtime.version().feature() >= 23 && !jmh.getJvm().hasValue() && !inherited) {
            args.add(allowUnsafe);
        }
        return args;
    }

    private static final String USAGE = """
            threads-vs-processes: threads, virtual threads or processes, measured on this machine.

            Usage:
              java -jar benchmarks.jar [--profile quick|standard|full|smoke] [--results DIR] [--charts DIR] [--worker-timeout S] [JMH options] [regex...]
              java -jar benchmarks.jar report results/<run-id> [--charts DIR]
              java -jar benchmarks.jar compare results/<run-a> results/<run-b> [...] [--baseline RUN] [--charts DIR]

              --profile   quick (about 3 minutes on 2 cores), standard (default, up to 20 minutes), full (long),
                          smoke (every benchmark once on tiny sizes: a functional check, numbers mean nothing)
              --results   folder in which the run's folder <run-id>/ is created (default: results)
              --charts    folder in which the run's chart folder <run-id>/ is created (default: charts);
                          for compare, the folder in which compare-<ids>/ is created
              --baseline  compare: the run the others are measured against, by run id or argument (default: the first)
              --worker-timeout  seconds to wait for a worker JVM's answer before killing it and failing the cell
                          (default per profile: smoke 60, quick 120, standard 300, full 900)
              JMH options override the profile: -f forks, -wi warm-ups, -i measurements, -p model=virtual-thread,
              -p workers=1,2 (0 = all cores), -p tasks=..., -prof gc, a regex such as Countdown, -l, -lp, -h.

            JMH's own help follows.
            """;
}

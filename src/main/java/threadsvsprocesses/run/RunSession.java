package threadsvsprocesses.run;

import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.VerboseMode;
import threadsvsprocesses.execution.ChildRuntime;
import threadsvsprocesses.execution.WorkerTimeouts;
import threadsvsprocesses.report.ReportOutput;
import threadsvsprocesses.run.machine.Distortion;
import threadsvsprocesses.run.machine.Distortions;
import threadsvsprocesses.run.machine.MachineDetails;
import threadsvsprocesses.run.machine.NoiseLimit;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.run.machine.ProcessTree;
import threadsvsprocesses.run.machine.SystemFiles;
import threadsvsprocesses.run.noise.NoiseGuard;
import threadsvsprocesses.run.noise.RunDisturbance;
import threadsvsprocesses.run.noise.NoiseMeter;
import threadsvsprocesses.run.noise.NoisePolicy;
import threadsvsprocesses.run.noise.RunLock;
import threadsvsprocesses.run.console.Console;
import threadsvsprocesses.run.console.PlanPrinter;
import threadsvsprocesses.run.console.RunSummary;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One run of the suite, from a parsed command line to its report: takes the run lock (one run at a time on a
 * machine, {@link RunLock}), plans the cells and estimates each, claims a run id and its folders, describes the
 * machine and prints what would distort the run, runs every cell ({@link SuiteRunner}) with its noise measured
 * ({@link NoiseGuard}), then prints the time it took against the estimate, a summary a person can act on
 * ({@link RunSummary}) and where the results are. Or only prints the plan ({@link #plan}).
 */
public final class RunSession {

    private final Profile profile;
    private final CommandLineOptions jmh;
    private final Set<String> parameterNames;
    private final Path resultsRoot;
    private final Path chartsRoot;
    private final Integer workerTimeoutSeconds;
    private final NoisePolicy onNoise;
    private final boolean waitForLock;
    private final boolean verbose;

    /**
     * @param parameterNames       the names the user gave with {@code -p}
     * @param workerTimeoutSeconds the {@code --worker-timeout}, or null for the profile's
     * @param onNoise              what to do with a noisy cell ({@code --on-noise})
     * @param waitForLock          wait for another run to end ({@code --wait}) instead of exiting 2
     * @param verbose              JMH's own text on the console too ({@code --verbose})
     */
    public RunSession(Profile profile, CommandLineOptions jmh, Set<String> parameterNames, Path resultsRoot,
                      Path chartsRoot, Integer workerTimeoutSeconds, NoisePolicy onNoise, boolean waitForLock,
                      boolean verbose) {
        this.profile = profile;
        this.jmh = jmh;
        this.parameterNames = parameterNames;
        this.resultsRoot = resultsRoot;
        this.chartsRoot = chartsRoot;
        this.workerTimeoutSeconds = workerTimeoutSeconds;
        this.onNoise = onNoise;
        this.waitForLock = waitForLock;
        this.verbose = verbose;
    }

    /**
     * Prints the plan ({@code --dry-run}, {@code plan}): every cell that would run, grouped by benchmark, those that
     * would be skipped with their reasons, and the estimated time. Runs nothing and writes nothing (not even the
     * files of {@code -o} or {@code -rff}, which are checked as a run would check them). Returns 0.
     */
    public int plan(PrintStream out) {
        JmhOutputs.of(jmh, verbose);
        int cores = Runtime.getRuntime().availableProcessors();
        PlanPrinter.print(planned(cores), "profile " + profile.label() + " on " + cores + (cores == 1 ? " core" : " cores"),
                out);
        return 0;
    }

    /** The cells, planned and each with its estimate. */
    private List<PlannedCell> planned(int cores) {
        List<PlannedCell> cells = new CellPlanner(profile, jmh, parameterNames, cores, BenchmarkList.defaultList())
                .plan(OutputFormatFactory.createFormatInstance(new PrintStream(OutputStream.nullOutputStream()),
                        VerboseMode.SILENT));
        return new CostEstimate(profile, jmh, cores).estimated(cells);
    }

    /** Runs it; the exit status: 0, or 1 if a cell failed or the run stopped on a noisy cell. */
    public int run(PrintStream out) throws Exception {
        JmhOutputs outputs = JmhOutputs.of(jmh, verbose);
        if (outputs.consoleLog().isEmpty()) {
            return run(outputs, Console.of(out), out);
        }
        // -o: the console goes to that file
        try (PrintStream file = new PrintStream(Files.newOutputStream(outputs.consoleLog().get()), true,
                StandardCharsets.UTF_8)) {
            return run(outputs, Console.plain(file), file);
        }
    }

    private int run(JmhOutputs outputs, Console console, PrintStream out) throws Exception {
        long started = System.nanoTime();
        Console shown = outputs.echo() ? Console.plain(out) : console;
        PrintStream lines = shown.stream();
        try (RunLock lock = RunLock.acquire(waitForLock, "--profile " + profile.label(), lines)) {
            return run(lock, outputs, shown, lines, started);
        }
    }

    private int run(RunLock lock, JmhOutputs outputs, Console console, PrintStream out, long startedNanos)
            throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        List<PlannedCell> cells = planned(cores);
        Instant started = Instant.now();
        String runId = RunId.claim(resultsRoot, chartsRoot, RunId.base(started, MachineProbe.hostName()));
        RunFolder folder = new RunFolder(resultsRoot.resolve(runId));
        Path charts = chartsRoot.resolve(runId);
        int workerTimeout = workerTimeoutSeconds != null ? workerTimeoutSeconds : profile.jobTimeoutSeconds;
        List<String> forkJvmArgs = forkJvmArgs(jmh, workerTimeout);
        // Every child JVM of the run starts from one slim class path and class-data archive, made here once.
        ChildRuntime.Prepared children = ChildRuntime.prepareForRun();
        forkJvmArgs.add(children.property());
        // JMH's forks too start from a class-data archive, made here once, in the same folder.
        ForkArchive.Outcome forkArchive = lock.lendingJmhLock(() -> ForkArchive.create(children.dir(), jmh, forkJvmArgs));
        forkJvmArgs.addAll(forkArchive.flags());
        MachineDetails details = MachineDetails.read(SystemFiles.live(), ProcessTree.ofThisRun(), MachineDetails.START_SAMPLE);
        List<Distortion> distortions = Distortions.of(details, cores, MemoryNeed.bytes(cells));
        MachineInfo machine = MachineProbe.describe(runId, started, profile.label(), forkJvmArgs,
                details.withDistortions(distortions));
        folder.writeMachine(machine);
        long skipped = cells.stream().filter(c -> c.status() == PlannedCell.Status.SKIPPED).count();
        double estimate = CostEstimate.runSeconds(cells);
        // the worst case: every cell of an adaptive plan needing its cap of forks
        double worst = new CostEstimate(profile, jmh, cores).worstSeconds(cells);
        String cap = worst > estimate + 1 ? " (" + Figures.about(worst) + " if every cell needed "
                + CostEstimate.forkPlan(profile, jmh).cap() + " forks)" : "";
        out.printf("threads-vs-processes %s: profile %s, %d cells to measure, %d skipped; estimated %s%s%n",
                runId, profile.label(), cells.size() - skipped, skipped, Figures.about(estimate), cap);
        out.println("machine: " + machine.describe());
        out.println("child JVMs: " + children.runtime().description());
        out.println("JMH forks: " + forkArchive.description());
        distortions.forEach(d -> out.println(d.line()));
        out.println((distortions.isEmpty() ? "check: nothing would distort this run now. " : "")
                + "A cell is noisy when other processes or steal take more than " + Figures.number(NoiseLimit.CORES)
                + " of a core while it runs; --on-noise " + onNoise.label() + ".");
        NoiseGuard noise = new NoiseGuard(onNoise, NoiseMeter.live(), lock, folder.dir());
        ReportOutput report = new SuiteRunner(profile, jmh, forkJvmArgs, folder, charts, console, outputs, noise)
                .run(cells, startedNanos);
        double took = (System.nanoTime() - startedNanos) / 1e9;
        RunPlan plan = folder.readPlan();
        folder.writePlan(new RunPlan(plan.runId(), plan.profile(), plan.partial(), plan.cells(),
                new CellSeconds(estimate, took)));
        out.println();
        OptionalDouble disturbed = RunDisturbance.of(plan.cells());
        String taken = disturbed.isPresent() && disturbed.getAsDouble() >= RunDisturbance.WORTH_SAYING
                ? "; other programs and the hypervisor took " + Figures.percent(disturbed.getAsDouble(), 0)
                + " of the CPUs while its cells ran, which the estimate cannot foresee" : "";
        out.printf("Done in %s (estimated %s%s): %d measured, %d skipped, %d failed%s.%n", Figures.about(took),
                Figures.about(estimate), taken, report.measured(), report.skipped(), report.failed(),
                report.noisy() > 0 ? ", " + report.noisy() + " noisy" : "");
        RunSummary.of(report).forEach(out::println);
        out.println("Results: " + folder.dir() + " (results.csv, JMH's JSON in jmh/, machine.json, jmh.log)");
        out.println("Charts:  " + charts + " (" + report.charts().size() + " files)");
        out.println("Report:  " + report.html() + " (open in a browser), " + report.report());
        return report.failed() > 0 || noise.stopReason() != null ? 1 : 0;
    }

    /** The user's -jvmArgsAppend, then the worker timeout, then JDK 23+'s switch for JMH's Unsafe warnings. */
    private static List<String> forkJvmArgs(CommandLineOptions jmh, int workerTimeoutSeconds) {
        List<String> args = new ArrayList<>(jmh.getJvmArgsAppend().orElse(List.of()));
        args.add("-D" + WorkerTimeouts.PROPERTY + "=" + workerTimeoutSeconds);
        // JMH's forks inherit this JVM's flags, which already hold it when the launcher relaunched us.
        String allowUnsafe = "--sun-misc-unsafe-memory-access=allow";
        boolean inherited = ManagementFactory.getRuntimeMXBean().getInputArguments().contains(allowUnsafe);
        if (Runtime.version().feature() >= 23 && !jmh.getJvm().hasValue() && !inherited) {
            args.add(allowUnsafe);
        }
        return args;
    }

}

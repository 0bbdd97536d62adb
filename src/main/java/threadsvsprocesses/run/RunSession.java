package threadsvsprocesses.run;

import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.VerboseMode;
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
import threadsvsprocesses.run.noise.NoiseMeter;
import threadsvsprocesses.run.noise.NoisePolicy;
import threadsvsprocesses.run.noise.RunLock;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One run of the suite, from a parsed command line to its report: takes the run lock (one run at a time on a
 * machine, {@link RunLock}), plans the cells, claims a run id and its folders, describes the machine and prints what
 * would distort the run, runs every cell ({@link SuiteRunner}) with its noise measured ({@link NoiseGuard}) and prints
 * where the results are.
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

    /**
     * @param parameterNames       the names the user gave with {@code -p}
     * @param workerTimeoutSeconds the {@code --worker-timeout}, or null for the profile's
     * @param onNoise              what to do with a noisy cell ({@code --on-noise})
     * @param waitForLock          wait for another run to end ({@code --wait}) instead of exiting 2
     */
    public RunSession(Profile profile, CommandLineOptions jmh, Set<String> parameterNames, Path resultsRoot,
                      Path chartsRoot, Integer workerTimeoutSeconds, NoisePolicy onNoise, boolean waitForLock) {
        this.profile = profile;
        this.jmh = jmh;
        this.parameterNames = parameterNames;
        this.resultsRoot = resultsRoot;
        this.chartsRoot = chartsRoot;
        this.workerTimeoutSeconds = workerTimeoutSeconds;
        this.onNoise = onNoise;
        this.waitForLock = waitForLock;
    }

    /** Runs it; the exit status: 0, or 1 if a cell failed or the run stopped on a noisy cell. */
    public int run(PrintStream out) throws Exception {
        try (RunLock lock = RunLock.acquire(waitForLock, "--profile " + profile.label(), out)) {
            return run(lock, out);
        }
    }

    private int run(RunLock lock, PrintStream out) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        List<PlannedCell> cells = new CellPlanner(profile, jmh, parameterNames, cores, BenchmarkList.defaultList())
                .plan(OutputFormatFactory.createFormatInstance(out, VerboseMode.SILENT));
        Instant started = Instant.now();
        String runId = RunId.claim(resultsRoot, chartsRoot, RunId.base(started, MachineProbe.hostName()));
        RunFolder folder = new RunFolder(resultsRoot.resolve(runId));
        Path charts = chartsRoot.resolve(runId);
        int workerTimeout = workerTimeoutSeconds != null ? workerTimeoutSeconds : profile.jobTimeoutSeconds;
        List<String> forkJvmArgs = forkJvmArgs(jmh, workerTimeout);
        MachineDetails details = MachineDetails.read(SystemFiles.live(), ProcessTree.ofThisRun(), MachineDetails.START_SAMPLE);
        List<Distortion> distortions = Distortions.of(details, cores, MemoryNeed.bytes(cells));
        MachineInfo machine = MachineProbe.describe(runId, started, profile.label(), forkJvmArgs,
                details.withDistortions(distortions));
        folder.writeMachine(machine);
        long skipped = cells.stream().filter(c -> c.status() == PlannedCell.Status.SKIPPED).count();
        out.printf("threads-vs-processes %s: profile %s, %d cells to measure, %d skipped (reasons in the CSV)%n",
                runId, profile.label(), cells.size() - skipped, skipped);
        out.println("machine: " + machine.describe());
        distortions.forEach(d -> out.println(d.line()));
        out.println((distortions.isEmpty() ? "check: nothing would distort this run now. " : "")
                + "A cell is noisy when other processes or steal take more than " + Figures.number(NoiseLimit.CORES)
                + " of a core while it runs; --on-noise " + onNoise.label() + ".");
        NoiseGuard noise = new NoiseGuard(onNoise, NoiseMeter.live(), lock, folder.dir());
        ReportOutput report = new SuiteRunner(profile, jmh, forkJvmArgs, folder, charts, cores, out, noise).run(cells);
        out.println();
        out.printf("Done: %d measured, %d skipped, %d failed%s.%n", report.measured(), report.skipped(), report.failed(),
                report.noisy() > 0 ? ", " + report.noisy() + " noisy" : "");
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

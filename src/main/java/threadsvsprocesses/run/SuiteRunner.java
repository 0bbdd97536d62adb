package threadsvsprocesses.run;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import threadsvsprocesses.experiments.Experiment;
import org.openjdk.jmh.runner.options.VerboseMode;
import threadsvsprocesses.report.ReportOutput;
import threadsvsprocesses.report.Reporter;
import threadsvsprocesses.run.PlannedCell;
import threadsvsprocesses.run.RunFolder;
import threadsvsprocesses.run.RunPlan;
import threadsvsprocesses.run.noise.NoiseGuard;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs the planned cells one JMH run at a time, so that each cell's JSON is written as soon as it is measured, a
 * failure in one cell loses no other, and {@code plan.json} always says which cells are done, skipped, failed or
 * not reached. Prints progress with an ETA before each cell, measures each between two readings of the machine
 * ({@link NoiseGuard}: a noisy cell is retried, kept or stops the run), then writes the CSV, charts and report.
 */
public final class SuiteRunner {

    private final Profile profile;
    private final Options user;
    private final List<String> forkJvmArgs;
    private final RunFolder folder;
    private final Path chartsDir;
    private final int cores;
    private final PrintStream console;
    private final NoiseGuard noise;
    private List<PlannedCell> cells;
    private volatile boolean finished;
    private volatile boolean interrupted;

    /** @param noise measures each cell between two readings of the machine and acts on a noisy one */
    public SuiteRunner(Profile profile, Options user, List<String> forkJvmArgs, RunFolder folder, Path chartsDir, int cores,
                PrintStream console, NoiseGuard noise) {
        this.profile = profile;
        this.user = user;
        this.forkJvmArgs = forkJvmArgs;
        this.folder = folder;
        this.chartsDir = chartsDir;
        this.cores = cores;
        this.console = console;
        this.noise = noise;
    }

    /** Runs every cell; returns the report of what was written. */
    public ReportOutput run(List<PlannedCell> planned) throws IOException, InterruptedException {
        cells = new ArrayList<>(planned);
        savePlan(true);
        // Ctrl-C or SIGTERM: keep what was measured, mark the run partial, and still draw what exists.
        ShutdownSupport.prepareChartDrawing();
        Thread onInterrupt = new Thread(this::finishInterrupted, "write-partial-results");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        int forks = user.getForkCount().orElse(profile.forks);
        int iterations = user.getWarmupIterations().orElse(profile.warmupIterations)
                + user.getMeasurementIterations().orElse(profile.measurementIterations);
        int experimentIterations = user.getWarmupIterations().orElse(profile.experiments.warmupIterations())
                + user.getMeasurementIterations().orElse(profile.experiments.measurementIterations());
        double iterationSeconds = user.getMeasurementTime().orElse(TimeValue.milliseconds(profile.experiments.iterationMillis()))
                .convertTo(java.util.concurrent.TimeUnit.MILLISECONDS) / 1000.0;
        double[] estimate = cells.stream().mapToDouble(c -> Experiment.byLabel(c.workload()).isPresent()
                ? CostEstimate.experimentSeconds(c, Math.max(1, forks), experimentIterations, iterationSeconds)
                : CostEstimate.seconds(c, Math.max(1, forks), iterations, cores)).toArray();
        double estimatedTotal = java.util.Arrays.stream(estimate).sum();
        long start = System.nanoTime();
        double estimatedDone = 0;
        try (OutputStream logFile = Files.newOutputStream(folder.file(RunFolder.LOG), StandardOpenOption.CREATE_NEW);
             TeeOutputStream tee = new TeeOutputStream(console, logFile);
             PrintStream out = new PrintStream(tee, true, StandardCharsets.UTF_8)) {
            OutputFormat format = OutputFormatFactory.createFormatInstance(out, user.verbosity().orElse(VerboseMode.NORMAL));
            int runnable = (int) cells.stream().filter(c -> c.status() == PlannedCell.Status.PLANNED).count();
            int index = 0;
            for (int i = 0; i < cells.size(); i++) {
                PlannedCell cell = cells.get(i);
                if (interrupted) {
                    break;
                }
                if (cell.status() != PlannedCell.Status.PLANNED) {
                    out.println("[skip] " + describe(cell) + ": " + cell.reason());
                    continue;
                }
                index++;
                double elapsed = (System.nanoTime() - start) / 1e9;
                double pace = estimatedDone > 0 ? elapsed / estimatedDone : 1.0;
                out.printf(Locale.ROOT, "%n[%d/%d] %s   elapsed %s, ETA %s%n", index, runnable, describe(cell),
                        CostEstimate.format(Duration.ofSeconds((long) elapsed)),
                        CostEstimate.format(Duration.ofSeconds((long) ((estimatedTotal - estimatedDone) * pace))));
                tee.takeRecent();
                int at = i;
                PlannedCell outcome = noise.measure(cell, resultFile(cell, i), f -> runCell(cell, f, format, tee),
                        first -> record(at, first), out);
                if (!record(i, outcome)) {
                    break; // the cell was cut short: it stays "planned", i.e. not reached
                }
                estimatedDone += estimate[i];
                if (noise.stopReason() != null) {
                    out.println(noise.stopReason());
                    notReached("not reached: " + noise.stopReason());
                    break;
                }
            }
        }
        boolean stopping;
        synchronized (this) {
            stopping = interrupted;
            if (!stopping) {
                savePlan(noise.stopReason() != null);
                finished = true;
            }
        }
        if (stopping) {
            // The shutdown hook is writing the partial report; the JVM ends when it is done.
            Thread.currentThread().join();
        }
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
        return Reporter.write(folder.dir(), chartsDir);
    }

    /** Records a cell's outcome in plan.json; false if the run is being interrupted (nothing is recorded then). */
    private synchronized boolean record(int index, PlannedCell outcome) {
        if (interrupted) {
            return false;
        }
        cells.set(index, outcome);
        savePlan(true);
        return true;
    }

    private synchronized void notReached(String reason) {
        cells.replaceAll(c -> c.status() == PlannedCell.Status.PLANNED
                ? c.withOutcome(PlannedCell.Status.PLANNED, reason, "") : c);
        savePlan(true);
    }

    private static String resultFile(PlannedCell cell, int index) {
        return String.format(Locale.ROOT, "%s/%03d-%s.json", RunFolder.JMH_DIR, index + 1, slug(cell));
    }

    private PlannedCell runCell(PlannedCell cell, String file, OutputFormat format, TeeOutputStream tee) {
        Path result = folder.dir().resolve(file);
        // JMH writes its JSON in place; let it write a temporary name, renamed once complete, so a full disk or a
        // kill never leaves half a file that looks like a result.
        Path partial = result.resolveSibling("." + result.getFileName() + ".partial");
        try {
            Files.createDirectories(result.getParent());
            Collection<RunResult> results = new Runner(cellOptions(cell, partial), format).run();
            String output = tee.takeRecent();
            if (!results.isEmpty() && Files.isRegularFile(partial)) {
                Files.move(partial, result, StandardCopyOption.ATOMIC_MOVE);
            }
            boolean hasResult = !results.isEmpty() && Files.isRegularFile(result);
            // JMH keeps the iterations a fork finished before a failure and reports them as a normal result;
            // a cell with fewer samples than asked, from a benchmark that failed, is a failure, not a measurement.
            if (hasResult && !output.contains("<failure>")) {
                return cell.withOutcome(PlannedCell.Status.DONE, "", file);
            }
            String reason = CellFailure.reason(output);
            if (CellFailure.isMachineLimit(reason)) {
                return cell.withOutcome(PlannedCell.Status.SKIPPED, "this machine cannot run it: " + reason, "");
            }
            String kept = hasResult ? "; the samples measured before it are in " + file : "";
            return cell.withOutcome(PlannedCell.Status.FAILED, reason + kept, hasResult ? file : "");
        } catch (RunnerException | IOException | RuntimeException e) {
            return cell.withOutcome(PlannedCell.Status.FAILED, "JMH could not run it: " + oneLine(e), "");
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover hidden .partial file is not read by anything
            }
        }
    }

    private Options cellOptions(PlannedCell cell, Path resultFile) {
        ChainedOptionsBuilder b = new OptionsBuilder()
                .parent(SelectionFreeOptions.of(user))
                .include("^" + Pattern.quote(cell.benchmark()) + "$")
                .resultFormat(ResultFormatType.JSON)
                .result(resultFile.toString());
        for (Map.Entry<String, String> p : cell.params().entrySet()) {
            b.param(p.getKey(), p.getValue());
        }
        boolean experiment = Experiment.byLabel(cell.workload()).isPresent();
        if (!user.getForkCount().hasValue()) {
            b.forks(profile.forks);
        }
        if (!user.getWarmupIterations().hasValue()) {
            b.warmupIterations(experiment ? profile.experiments.warmupIterations() : profile.warmupIterations);
        }
        if (!user.getMeasurementIterations().hasValue()) {
            b.measurementIterations(experiment ? profile.experiments.measurementIterations() : profile.measurementIterations);
        }
        // The experiments are timed iterations (average time, throughput); the workloads are single shots, for
        // which JMH ignores iteration times.
        TimeValue iteration = TimeValue.milliseconds(profile.experiments.iterationMillis());
        if (experiment && !user.getWarmupTime().hasValue()) {
            b.warmupTime(iteration);
        }
        if (experiment && !user.getMeasurementTime().hasValue()) {
            b.measurementTime(iteration);
        }
        b.jvmArgsAppend(forkJvmArgs.toArray(String[]::new));
        return b.build();
    }

    private void finishInterrupted() {
        synchronized (this) {
            if (finished || cells == null) {
                return;
            }
            interrupted = true;
        }
        ShutdownSupport.stopChildProcesses();
        try {
            notReached("not reached: the run was interrupted");
            ReportOutput report = Reporter.write(folder.dir(), chartsDir);
            System.err.println("Interrupted: kept " + report.measured() + " measured cells in " + folder.dir()
                    + " (marked partial); charts in " + chartsDir);
        } catch (RuntimeException e) {
            System.err.println("Interrupted: results so far are in " + folder.dir() + "; the report failed: " + oneLine(e));
        }
    }

    private synchronized void savePlan(boolean partial) {
        folder.writePlan(new RunPlan(folder.dir().getFileName().toString(), profile.label(), partial, List.copyOf(cells)));
    }

    /** "countdown count=50000000 model=multi-thread workers=2": the cell as the console names it. */
    public static String describe(PlannedCell cell) {
        StringBuilder sb = new StringBuilder(cell.workload());
        cell.params().forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        return sb.toString();
    }

    private static String slug(PlannedCell cell) {
        StringBuilder sb = new StringBuilder(cell.workload());
        cell.params().forEach((k, v) -> sb.append('-').append(v));
        return sb.toString().replaceAll("[^A-Za-z0-9.-]", "_");
    }

    private static String oneLine(Throwable e) {
        return (e.getClass().getSimpleName() + ": " + e.getMessage()).replace('\n', ' ');
    }
}

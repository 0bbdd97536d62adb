package threadsvsprocesses.run;

import org.openjdk.jmh.results.BenchmarkResult;
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
import threadsvsprocesses.execution.ProcessPool;
import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.report.ReportOutput;
import threadsvsprocesses.report.Reporter;
import threadsvsprocesses.run.console.Console;
import threadsvsprocesses.run.console.ProgressFormat;
import threadsvsprocesses.run.console.RunConsole;
import threadsvsprocesses.run.noise.NoiseGuard;
import threadsvsprocesses.run.noise.NoisePolicy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.DoublePredicate;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs the planned cells one JMH run at a time, so that each cell's JSON is written as soon as it is measured, a
 * failure in one cell loses no other, and {@code plan.json} always says which cells are done, skipped, failed or
 * not reached, with each cell's estimated and actual seconds. Prints one line per cell as it ends, with a live line
 * on a terminal ({@link RunConsole}; JMH's own text goes to {@code jmh.log}, see {@link JmhOutputs}), measures each
 * between two readings of the machine ({@link NoiseGuard}: a noisy cell is retried, kept or stops the run), then
 * writes the CSV, charts and report, and the merged JMH result file if one was asked for.
 */
public final class SuiteRunner {

    private final Profile profile;
    private final Options user;
    private final List<String> forkJvmArgs;
    private final RunFolder folder;
    private final Path chartsDir;
    private final Console console;
    private final JmhOutputs outputs;
    private final NoiseGuard noise;
    private List<PlannedCell> cells;
    private RunConsole view;
    private volatile boolean finished;
    private volatile boolean interrupted;

    /**
     * @param console the suite's console: a line per cell, and a live line on a terminal
     * @param outputs what the user asked of JMH's output (echo, merged result file)
     * @param noise   measures each cell between two readings of the machine and acts on a noisy one
     */
    public SuiteRunner(Profile profile, Options user, List<String> forkJvmArgs, RunFolder folder, Path chartsDir,
                       Console console, JmhOutputs outputs, NoiseGuard noise) {
        this.profile = profile;
        this.user = user;
        this.forkJvmArgs = forkJvmArgs;
        this.folder = folder;
        this.chartsDir = chartsDir;
        this.console = console;
        this.outputs = outputs;
        this.noise = noise;
    }

    /** Runs every cell (each with its estimate, {@link CostEstimate#estimated}); returns the report of what was written. */
    public ReportOutput run(List<PlannedCell> planned) throws IOException, InterruptedException {
        return run(planned, System.nanoTime());
    }

    /**
     * As {@link #run(List)}, for a run that began at {@code runStarted} ({@link System#nanoTime()}): its estimate
     * counts the work before the first cell (the machine's sample, the forks' archive), and so does its retry budget.
     */
    public ReportOutput run(List<PlannedCell> planned, long runStarted) throws IOException, InterruptedException {
        cells = new ArrayList<>(planned);
        // Retries for noise may take the run this far (NoisePolicy.RETRY): its estimate and a reserve.
        double retryBudget = NoisePolicy.retryBudget(CostEstimate.runSeconds(cells));
        view = new RunConsole(console, cells, cells.stream().mapToDouble(CostEstimate::estimateOf).toArray());
        savePlan(true);
        // Ctrl-C or SIGTERM: keep what was measured, mark the run partial, and still draw what exists.
        ShutdownSupport.prepareChartDrawing();
        Thread onInterrupt = new Thread(this::finishInterrupted, "write-partial-results");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        PrintStream lines = view.stream();
        try (OutputStream logFile = Files.newOutputStream(folder.file(RunFolder.LOG), StandardOpenOption.CREATE_NEW);
             TeeOutputStream tee = new TeeOutputStream(outputs.echo() ? console.echo() : null, logFile);
             PrintStream out = new PrintStream(tee, true, StandardCharsets.UTF_8)) {
            OutputFormat log = OutputFormatFactory.createFormatInstance(out, outputs.logVerbosity());
            for (int i = 0; i < cells.size(); i++) {
                PlannedCell cell = cells.get(i);
                if (interrupted) {
                    break;
                }
                if (cell.status() != PlannedCell.Status.PLANNED) {
                    view.skipped(i);
                    continue;
                }
                int at = i;
                long started = System.nanoTime();
                Consumer<String> where = view.started(i);
                List<Collection<RunResult>> attempts = new ArrayList<>();
                // a second attempt fits if the run, with it and the estimates of the cells still to come, stays
                // within its estimate and the reserve
                DoublePredicate retryFits = retry -> (System.nanoTime() - runStarted) / 1e9 + retry
                        + remainingEstimate(at) <= retryBudget;
                PlannedCell outcome = noise.measure(cell, resultFile(cell, i),
                        f -> runCell(cell, f, new ProgressFormat(log, where), tee, attempts), first -> record(at, first),
                        retryFits, lines);
                CellSeconds seconds = cell.seconds() == null ? new CellSeconds(null, null) : cell.seconds();
                outcome = outcome.withSeconds(seconds.withActual((System.nanoTime() - started) / 1e9));
                if (!record(i, outcome)) {
                    break; // the cell was cut short: it stays "planned", i.e. not reached
                }
                Collection<RunResult> kept = kept(outcome, attempts);
                if (outcome.status() == PlannedCell.Status.DONE) {
                    outputs.add(kept);
                }
                view.ended(i, outcome, kept.isEmpty() ? null : kept.iterator().next().getPrimaryResult());
                if (noise.stopReason() != null) {
                    view.line(noise.stopReason());
                    notReached("not reached: " + noise.stopReason());
                    break;
                }
            }
        } catch (java.io.UncheckedIOException e) {
            // A write to the run folder failed (a full disk): stop at once, keep what is there, say it in one line.
            synchronized (this) {
                interrupted = true; // nothing more is recorded, and the shutdown hook writes nothing
            }
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
            ShutdownSupport.stopChildProcesses();
            long kept = cells.stream().filter(c -> c.status() == PlannedCell.Status.DONE).count();
            String cause = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new RunStoppedException("the run stopped: " + cause + "; the " + kept + " cells measured before are"
                    + " in " + folder.dir() + " (plan.json as last written); free some space, then draw them with:"
                    + " java -jar benchmarks.jar report " + folder.dir());
        } finally {
            view.stopped();
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
        ReportOutput report = Reporter.write(folder.dir(), chartsDir);
        outputs.writeResults().ifPresent(view::line);
        return report;
    }

    /** The estimated seconds of the cells after {@code index} that are still to run, and of the run's report. */
    private synchronized double remainingEstimate(int index) {
        return cells.subList(index + 1, cells.size()).stream().filter(c -> c.status() == PlannedCell.Status.PLANNED)
                .mapToDouble(CostEstimate::estimateOf).sum() + CostEstimate.REPORT_SECONDS;
    }

    /** JMH's results of the attempt a cell kept: its only one, or the one its attempts name as kept. */
    private static Collection<RunResult> kept(PlannedCell outcome, List<Collection<RunResult>> attempts) {
        int number = outcome.attempts().stream().filter(a -> a.kept()).mapToInt(a -> a.number()).findFirst().orElse(1);
        return number <= attempts.size() ? attempts.get(number - 1) : List.of();
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

    private PlannedCell runCell(PlannedCell cell, String file, OutputFormat format, TeeOutputStream tee,
                                List<Collection<RunResult>> attempts) {
        Path result = folder.dir().resolve(file);
        try {
            Files.createDirectories(result.getParent());
            tee.takeRecent();
            // Forks in batches, each JMH run writing a temporary file, merged into the cell's one file once complete,
            // so a full disk or a kill never leaves half a file that looks like a result.
            List<BenchmarkResult> batches = new ArrayList<>();
            List<String> rebuilds = new ArrayList<>();
            Path events = result.resolveSibling("." + result.getFileName() + ".events");
            CellForks.Outcome o = new CellForks(CostEstimate.forkPlan(profile, user, cell)).run(result, (forks, json) -> {
                Collection<RunResult> results;
                try {
                    results = new Runner(cellOptions(cell, json, forks, events), format).run();
                } finally {
                    rebuilds.addAll(PoolRebuilds.take(events)); // also after a failed batch: no file is left behind
                }
                results.forEach(r -> batches.addAll(r.getBenchmarkResults()));
                String output = tee.takeRecent();
                // JMH keeps the iterations a fork finished before a failure and reports them as a normal result;
                // a cell with fewer samples than asked, from a benchmark that failed, is a failure, not a measurement.
                return new CellForks.Run(!results.isEmpty() && Files.isRegularFile(json) && !output.contains("<failure>"),
                        output);
            });
            // every batch's forks as one JMH result, for the user's -rf file and the cell's line
            attempts.add(batches.isEmpty() ? List.of()
                    : List.of(new RunResult(batches.get(0).getParams(), batches)));
            PlannedCell measured = cell.withForks(o.forks());
            if (o.measured()) {
                return measured.withOutcome(PlannedCell.Status.DONE, PoolRebuilds.note(rebuilds), file);
            }
            String reason = CellFailure.reason(o.output());
            if (CellFailure.isMachineLimit(reason)) {
                return cell.withOutcome(PlannedCell.Status.SKIPPED, "this machine cannot run it: " + reason, "");
            }
            String kept = o.written() ? "; the samples measured before it are in " + file : "";
            return measured.withOutcome(PlannedCell.Status.FAILED, reason + kept, o.written() ? file : "");
        } catch (Exception e) {
            attempts.add(List.of());
            return cell.withOutcome(PlannedCell.Status.FAILED, "JMH could not run it: " + oneLine(e), "");
        }
    }

    private Options cellOptions(PlannedCell cell, Path resultFile, int forks, Path events) {
        ChainedOptionsBuilder b = new OptionsBuilder()
                .parent(SelectionFreeOptions.of(user))
                .include("^" + Pattern.quote(cell.benchmark()) + "$")
                .resultFormat(ResultFormatType.JSON)
                .result(resultFile.toString());
        for (Map.Entry<String, String> p : cell.params().entrySet()) {
            b.param(p.getKey(), p.getValue());
        }
        boolean experiment = Experiment.byLabel(cell.workload()).isPresent();
        b.forks(forks);
        if (!user.getWarmupIterations().hasValue()) {
            b.warmupIterations(CostEstimate.warmupIterations(profile, cell.workload()));
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
        List<String> jvmArgs = new ArrayList<>(forkJvmArgs);
        jvmArgs.add("-D" + ProcessPool.EVENTS_PROPERTY + "=" + events); // where a fork says it rebuilt its pool
        b.jvmArgsAppend(jvmArgs.toArray(String[]::new));
        return b.build();
    }

    private void finishInterrupted() {
        synchronized (this) {
            if (finished || cells == null) {
                return;
            }
            interrupted = true;
        }
        if (view != null) {
            view.stopped();
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
        folder.writePlan(new RunPlan(folder.dir().getFileName().toString(), profile.label(), partial, List.copyOf(cells),
                new CellSeconds(CostEstimate.runSeconds(cells), null)));
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

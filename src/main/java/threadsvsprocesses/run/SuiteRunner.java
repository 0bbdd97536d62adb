package threadsvsprocesses.run;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoublePredicate;
import java.util.Set;

/**
 * Runs the planned cells in rounds of forks ({@link Rounds}: each round one fork of every cell that still needs one),
 * one JMH run per fork, so that each fork's JSON is written as soon as it is measured, a failure in one cell loses no
 * other, and {@code plan.json} always says which cells are done, skipped, failed or not reached, with each cell's
 * estimated and actual seconds. Prints a line per round and one per cell as it ends, with a live line on a terminal
 * ({@link RunConsole}; JMH's own text goes to {@code jmh.log}, see {@link JmhOutputs}), measures each fork between
 * two readings of the machine ({@link NoiseGuard}: a noisy fork is retried, kept or stops the run), merges a cell's
 * forks into its one JMH file when it ends ({@link CellRun}), then writes the CSV, charts and report, and the merged
 * JMH result file if one was asked for.
 */
public final class SuiteRunner {

    private final Profile profile;
    private final Options user;
    private final JmhFork jmh;
    private final RunFolder folder;
    private final Path chartsDir;
    private final Console console;
    private final JmhOutputs outputs;
    private final NoiseGuard noise;
    private List<PlannedCell> cells;
    private List<CellRun> runs = List.of();
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
        this.jmh = new JmhFork(profile, user, forkJvmArgs, folder.dir());
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
     * counts the work before the first cell (the machine's sample, the forks' archive), and so do its retry budget
     * and the budget of forks added to wide cells.
     */
    public ReportOutput run(List<PlannedCell> planned, long runStarted) throws IOException, InterruptedException {
        cells = new ArrayList<>(planned);
        double estimate = CostEstimate.runSeconds(cells);
        // Retries for noise may take the run this far (NoisePolicy.RETRY): its estimate and a reserve.
        double retryBudget = NoisePolicy.retryBudget(estimate);
        List<CellRun> measuring = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            PlannedCell cell = cells.get(i);
            Profile.ForkPlan plan = CostEstimate.forkPlan(profile, user, cell);
            measuring.add(cell.status() == PlannedCell.Status.PLANNED
                    ? new CellRun(i, cell, plan, slug(cell), CostEstimate.perFork(cell, plan)) : null);
        }
        runs = measuring;
        Rounds rounds = new Rounds(runs, estimate);
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
            DoublePredicate retryFits = retry -> (System.nanoTime() - runStarted) / 1e9 + retry
                    + rounds.remainingSeconds() <= retryBudget;
            rounds:
            for (int round = 1; ; round++) {
                List<CellRun> due = rounds.due();
                if (due.isEmpty() && round > 1) {
                    break;
                }
                view.round(round, rounds.rounds(round), due.size());
                List<CellRun> reached = new ArrayList<>(); // cells that got their planned forks and want more
                for (int i = 0; i < cells.size(); i++) {
                    if (interrupted) {
                        break rounds;
                    }
                    CellRun run = runs.get(i);
                    if (run == null) {
                        if (round == 1) {
                            view.skipped(i);
                        }
                        continue;
                    }
                    if (!run.due()) {
                        continue;
                    }
                    if (!measureFork(run, log, tee, lines, retryFits)) {
                        break rounds; // interrupted while it ran: the fork is not recorded
                    }
                    if (!run.ended() && run.forks.due() < 0) {
                        if (run.forks.wantsMore()) {
                            reached.add(run); // wide: more forks, if the estimate has room, decided at the round's end
                        } else {
                            end(run, null);
                        }
                    }
                    if (noise.stopReason() != null) {
                        view.line(noise.stopReason());
                        cutShort("the run stopped on a noisy cell", true);
                        notReached("not reached: " + noise.stopReason());
                        break rounds;
                    }
                }
                // More forks for them, the cheapest first while the estimate has room, so that on a slow machine the
                // time buys as many cells' forks as it can, wherever they are in the plan; the others end, in plan
                // order.
                double elapsed = (System.nanoTime() - runStarted) / 1e9;
                List<CellRun> byCost = new ArrayList<>(reached);
                byCost.sort(Comparator.comparingDouble(r -> r.forkSeconds));
                Set<CellRun> more = new HashSet<>();
                for (CellRun run : byCost) {
                    if (rounds.addForks(run, elapsed)) {
                        more.add(run);
                    }
                }
                for (CellRun run : reached) {
                    if (!more.contains(run)) {
                        end(run, null);
                    }
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
                    + " in " + folder.dir() + " (plan.json as last written; the forks of cells not finished are in "
                    + RunFolder.JMH_DIR + "/" + CellRun.PARTS_DIR + "/); free some space, then draw them with:"
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
        deletePartsFolder();
        ReportOutput report = Reporter.write(folder.dir(), chartsDir);
        outputs.writeResults().ifPresent(view::line);
        return report;
    }

    /**
     * Measures the next fork of {@code run} between two readings of the machine (a noisy one measured again, kept or
     * stopping the run, {@link NoiseGuard}) and records it; false if the run is being interrupted (nothing is
     * recorded then).
     */
    private boolean measureFork(CellRun run, OutputFormat log, TeeOutputStream tee, PrintStream lines,
                                DoublePredicate retryFits) {
        int fork = run.nextFork();
        int forks = run.forks.planned();
        String part = run.nextPart(); // JmhFork makes its folder, as it does a retry's
        Consumer<String> where = view.started(run.index, fork, forks);
        List<JmhFork.Attempt> tries = new ArrayList<>();
        long started = System.nanoTime();
        String what = describe(run.cell) + (forks > 1 ? ", fork " + fork + " of " + forks : "");
        int due = run.forks.due();
        // a retry's budget: the forks still due count this one, not yet recorded, whose time is already elapsed
        DoublePredicate fits = retry -> retryFits.test(retry - run.forkSeconds);
        PlannedCell outcome = noise.measure(what, part, f -> {
            JmhFork.Attempt attempt = jmh.run(run.cell, f, due, new ProgressFormat(log, where), tee);
            tries.add(attempt);
            return attempt.outcome();
        }, first -> !interrupted, fits, lines);
        double took = (System.nanoTime() - started) / 1e9;
        int keptNumber = outcome.attempts().stream().filter(a -> a.kept()).mapToInt(a -> a.number()).findFirst()
                .orElse(1);
        JmhFork.Attempt kept = keptNumber <= tries.size() ? tries.get(keptNumber - 1)
                : new JmhFork.Attempt(outcome, new CellForks.Run(false, ""), List.of(), List.of(), took);
        synchronized (this) {
            if (interrupted) {
                return false;
            }
            writable(() -> {
                run.measured(outcome, folder.dir().resolve(part), kept.run(), kept.results(), kept.rebuilds(), took,
                        kept.seconds());
                return null;
            }, part);
        }
        view.progress().advanced(run.index, run.forkSeconds);
        if (outcome.status() != PlannedCell.Status.DONE) {
            end(run, null); // failed, or a limit of this machine: no more forks
        }
        return true;
    }

    /** File work that may fail, giving a value (or null). */
    private interface FileWork<T> {
        T run() throws IOException;
    }

    /**
     * Does {@code work} on {@code file} (relative to the run folder); a failure (a full disk) becomes the unchecked
     * "cannot write" that stops the run in one line, as a failed write of plan.json does.
     */
    private <T> T writable(FileWork<T> work, String file) {
        try {
            return work.run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + folder.dir().resolve(file) + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * Merges {@code run}'s forks into its file and records its outcome in plan.json ({@code cutShort} as
     * {@link CellRun#finish}); null if it had ended already, or measured nothing (it then stays "planned", i.e. not
     * reached).
     */
    private synchronized PlannedCell record(CellRun run, String cutShort) {
        if (run.ended()) {
            return null;
        }
        PlannedCell outcome = writable(() -> run.finish(folder.dir(), cutShort), run.resultFile);
        if (outcome != null) {
            cells.set(run.index, outcome);
            savePlan(true);
        }
        return outcome;
    }

    /** Ends {@code run}: {@link #record}, then its results for {@code -rf} and its line. */
    private void end(CellRun run, String cutShort) {
        PlannedCell outcome = record(run, cutShort);
        if (outcome == null) {
            return;
        }
        Collection<RunResult> kept = run.keptResults();
        if (outcome.status() == PlannedCell.Status.DONE) {
            outputs.add(kept);
        }
        if (!interrupted) {
            view.ended(run.index, outcome, kept.isEmpty() ? null : kept.iterator().next().getPrimaryResult());
        }
    }

    /** Ends every cell that has measured forks but not all it planned, keeping them, with why it was cut short. */
    private void cutShort(String why, boolean lines) {
        for (CellRun run : runs) {
            if (run != null && !run.ended() && run.forks.forks() > 0) {
                // one that has every fork it planned (waiting for the end of its round) is complete, not cut short
                String because = run.forks.forks() >= run.forks.planned() ? null : why;
                if (lines) {
                    end(run, because);
                } else {
                    record(run, because);
                }
            }
        }
    }

    /** Removes {@code jmh/parts/} once every fork in it is merged into its cell's file (it is then empty). */
    private void deletePartsFolder() {
        try {
            Files.deleteIfExists(folder.jmhDir().resolve(CellRun.PARTS_DIR));
        } catch (IOException e) {
            // not empty: a fork of a cell not finished is still there, and stays for inspection
        }
    }

    private synchronized void notReached(String reason) {
        cells.replaceAll(c -> c.status() == PlannedCell.Status.PLANNED
                ? c.withOutcome(PlannedCell.Status.PLANNED, reason, "") : c);
        savePlan(true);
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
            synchronized (this) {
                cutShort("the run was interrupted", false);
            }
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

    static String oneLine(Throwable e) {
        return (e.getClass().getSimpleName() + ": " + e.getMessage()).replace('\n', ' ');
    }
}

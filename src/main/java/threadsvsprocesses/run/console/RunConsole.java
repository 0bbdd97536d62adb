package threadsvsprocesses.run.console;

import org.openjdk.jmh.results.Result;
import threadsvsprocesses.report.format.CellWords;
import threadsvsprocesses.run.PlannedCell;
import threadsvsprocesses.run.PoolRebuilds;
import threadsvsprocesses.run.PlannedCell.Status;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The console of one run's cells: a line for each cell as it ends ({@link CellLines}), the live line of the cell in
 * progress on a terminal, and the ETA ({@link Progress}). Cells are named in words by what tells them apart from the
 * other cells of their benchmark ({@link CellWords}).
 */
public final class RunConsole {

    private final Console console;
    private final List<PlannedCell> cells;
    private final Map<String, Set<String>> shown = new HashMap<>();
    private final CellLines lines;
    private final Progress progress;

    /** @param cells the run's cells, in order, each with its estimate */
    public RunConsole(Console console, List<PlannedCell> cells, double[] estimates) {
        this.console = console;
        this.cells = List.copyOf(cells);
        Map<String, List<Map<String, String>>> byBenchmark = cells.stream().collect(Collectors.groupingBy(
                PlannedCell::benchmark, Collectors.mapping(PlannedCell::params, Collectors.toList())));
        byBenchmark.forEach((benchmark, params) -> shown.put(benchmark, CellWords.varying(params)));
        int width = cells.stream().mapToInt(c -> words(c).length()).max().orElse(0);
        this.lines = new CellLines(cells.size(), width);
        this.progress = new Progress(estimates);
    }

    /** The cell in words, naming the parameters that vary among its benchmark's cells. */
    public String words(PlannedCell cell) {
        return CellWords.of(cell.workload(), cell.params(), shown.getOrDefault(cell.benchmark(), Set.of()));
    }

    /** Prints a line of its own (a warning, a note), keeping the live line below it. */
    public void line(String text) {
        console.line(text);
    }

    /** Lines printed to this stream become lines of the console (for code that prints to a stream). */
    public PrintStream stream() {
        return console.stream();
    }

    /** The ETA's clock. */
    public Progress progress() {
        return progress;
    }

    /** Cell {@code index} (0-based) is skipped: its line says why. */
    public void skipped(int index) {
        PlannedCell cell = cells.get(index);
        progress.ended(index);
        console.line(lines.skipped(index + 1, words(cell), cell.reason()));
    }

    /**
     * Cell {@code index} starts its fork {@code fork} of {@code forks}: the live line shows it ("fork 3/5, warm-up
     * 1/1"). Returns what to tell where the fork is, for {@link ProgressFormat}.
     */
    public Consumer<String> started(int index, int fork, int forks) {
        String words = words(cells.get(index));
        String prefix = forks > 1 ? "fork " + fork + "/" + forks + ", " : "";
        Consumer<String> where = at -> console.status(lines.running(index + 1, words,
                prefix + at, progress.etaSeconds(), console.width()));
        where.accept("starting");
        return where;
    }

    /**
     * Cell {@code index} has ended with {@code outcome}: its line, with the score of {@code primary} (JMH's primary
     * result, null if there is none), or why it failed or was skipped.
     */
    public void ended(int index, PlannedCell outcome, Result<?> primary) {
        progress.ended(index);
        console.clearStatus();
        String words = words(outcome);
        double elapsed = progress.elapsedSeconds();
        double eta = progress.etaSeconds();
        String mark = outcome.noise() == null ? "" : outcome.noise().mark();
        if (outcome.reason().startsWith(PoolRebuilds.NOTE)) {
            // "noisy, rebuilt" fits the column; "noisy, retried, rebuilt" runs past it, as rare as it is long
            mark = mark.isEmpty() ? "pool rebuilt" : mark + ", rebuilt";
        }
        if (outcome.status() == Status.DONE && primary != null) {
            console.line(lines.measured(index + 1, words, primary.getScore(), primary.getScoreError(),
                    primary.getScoreUnit(), mark, elapsed, eta));
        } else if (outcome.status() == Status.SKIPPED) {
            console.line(lines.skipped(index + 1, words, outcome.reason()));
        } else {
            console.line(lines.failed(index + 1, words, outcome.reason().isEmpty() ? "no result" : outcome.reason(),
                    elapsed, eta));
        }
    }

    /** A round of forks starts ({@link CellLines#round}); a run of one round says nothing of rounds. */
    public void round(int round, int rounds, int cells) {
        if (rounds > 1) {
            console.clearStatus();
            console.line(CellLines.round(round, rounds, cells, progress.elapsedSeconds(), progress.etaSeconds()));
        }
    }

    /** Removes the live line (the run stops or ends). */
    public void stopped() {
        console.clearStatus();
    }
}

package threadsvsprocesses.run;

import java.util.List;
import java.util.Objects;

/**
 * The order in which a run measures its cells: in rounds, each round one fork of every cell that still needs one,
 * in the plan's order, so a cell's forks lie minutes apart rather than back to back.
 *
 * <p>Why: on a cloud VM the speed of the host drifts over minutes (a neighbour's load, the host's clock and cache
 * sharing). Forks run back to back all see the same moment of that drift, so they agree with each other while the
 * next run, at another moment, disagrees with them: their interval is too narrow, and two runs of the same code
 * differ "significantly". In the two consecutive standard runs of 2026-12-03 the differences came in blocks of
 * neighbouring cells (all seven memory cells 15-28% faster in the second run, the nine CPython countdown cells,
 * measured one after another, 2-31% slower), the signature of drift, not of the cells. Forks spread over the run
 * see the drift as the spread it is, and average it out. This is the "multiple interleaved trials" of Abedi and
 * Brecht, "Conducting Repeatable Experiments in Highly Variable Cloud Computing Environments" (ICPE 2017), who
 * found back-to-back trials misleading on cloud hosts. Every round visits the cells in the same order, so a cell
 * has the same neighbours in every round and every run (what a heavy neighbour leaves behind biases both runs
 * alike), and the console's lines come in the plan's order.
 *
 * <p>A cell that has its first forks and whose interval is still wide gets more ({@link CellForks#wantsMore}) only if
 * they fit the run's estimate: the time so far, those forks and the forks every other cell is still due must stay
 * within it. So the estimate printed at the start is what the run aims at, and the forks beyond the first go to the
 * cells that want them while there is time. The runner decides at the end of each round, for every cell that got
 * its planned forks in it and wants more, the cheapest forks first, so that a slow machine's time buys as many cells' forks as it
 * can wherever they stand in the plan. Forks added so lie in the rounds after the first ones, over a shorter span of
 * the run; {@code plan.json} says how many forks each cell got and why.
 */
final class Rounds {

    private final List<CellRun> runs;
    private final double estimateSeconds;

    /**
     * @param runs            the cells to measure (null where a cell is not measured), in plan order
     * @param estimateSeconds the run's estimate, counted from its start, which added forks must fit
     */
    Rounds(List<CellRun> runs, double estimateSeconds) {
        this.runs = runs;
        this.estimateSeconds = estimateSeconds;
    }

    /** The cells with a fork due, in plan order; empty when every cell is done. */
    List<CellRun> due() {
        return runs.stream().filter(Objects::nonNull).filter(CellRun::due).toList();
    }

    /**
     * How many rounds the run has, as planned when round {@code round} starts: the rounds so far and the most forks
     * a cell is still due.
     */
    int rounds(int round) {
        return round - 1 + runs.stream().filter(Objects::nonNull).filter(CellRun::due)
                .mapToInt(r -> r.forks.remaining()).max().orElse(0);
    }

    /** The estimated seconds of every fork the cells are still due, and of the run's report. */
    double remainingSeconds() {
        return runs.stream().filter(Objects::nonNull).mapToDouble(CellRun::remainingSeconds).sum()
                + CostEstimate.REPORT_SECONDS;
    }

    /**
     * Whether {@code run}, which has its planned forks, gets more: it wants them, and they fit the run's estimate
     * after {@code elapsedSeconds} since the run started. If they do not fit, the cell is told so, for its record.
     */
    boolean addForks(CellRun run, double elapsedSeconds) {
        if (!run.forks.wantsMore()) {
            return false;
        }
        double more = run.forks.more() * run.forkSeconds;
        if (elapsedSeconds + more + remainingSeconds() > estimateSeconds) {
            run.forks.declined();
            return false;
        }
        run.forks.addMore();
        return true;
    }
}

package threadsvsprocesses.run;

import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.Interval;
import threadsvsprocesses.report.rows.JmhResultReader;
import threadsvsprocesses.run.PlannedCell.Forks;
import threadsvsprocesses.run.Profile.ForkPlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The forks of one cell, which it gets one at a time, one in each of the run's rounds ({@link Rounds}): its first
 * forks ({@link ForkPlan}), then more while the suite's interval of its primary score ({@link Interval}: over the
 * forks' means) is wider than the target, up to the cap. Each fork is one JMH run writing its own JSON (a part); the
 * parts are merged into the cell's one JMH file ({@link ForkMerge}) and the cell's {@link Forks} record says how
 * many forks it got and why.
 *
 * <p>The time goes where it can buy the target: a cell whose forks agree is done after its first forks, and so is a
 * cell whose forks disagree so much that even the cap would leave its interval wider than the target
 * ({@link #reachable}); its interval is then reported as it is, wide, rather than paid for with forks that cannot
 * make it trustworthy. More forks are also refused when they would take the run past its estimate
 * ({@link #declined}).
 */
final class CellForks {

    /** What one fork's JMH run gave: whether it measured the cell without a failure, and JMH's console output. */
    record Run(boolean measured, String output) {
    }

    /**
     * What became of the cell.
     *
     * @param measured whether every fork measured it
     * @param output   JMH's output of the last fork (the failing one, if one failed)
     * @param written  whether the result file holds JMH's JSON (of every fork that measured it)
     * @param forks    the forks in the result file and why
     */
    record Outcome(boolean measured, String output, boolean written, Forks forks) {
    }

    private final ForkPlan plan;
    private final List<Path> parts = new ArrayList<>();
    private final List<String> widths = new ArrayList<>();
    private int forks;
    private int planned;
    private int visits;
    private boolean failed;
    private boolean hopeless;
    private boolean declined;
    private double width = Double.NaN;
    private String output = "";

    CellForks(ForkPlan plan) {
        this.plan = plan;
        this.planned = plan.first();
    }

    /**
     * The forks the cell's next JMH run takes: 1, or 0 once for JMH's {@code -f 0} (the benchmark in the host's own
     * JVM); -1 when none is due (its planned forks are measured, or one failed).
     */
    int due() {
        if (failed) {
            return -1;
        }
        if (plan.first() == 0) {
            return visits == 0 ? 0 : -1;
        }
        return forks < planned ? 1 : -1;
    }

    /** Forks measured so far. */
    int forks() {
        return forks;
    }

    /** Forks planned so far: the first forks, and those added by {@link #addMore()}. */
    int planned() {
        return planned;
    }

    /** Forks the cell is still due before it is done, as planned so far (none after a failure). */
    int remaining() {
        return failed ? 0 : plan.first() == 0 ? (visits == 0 ? 1 : 0) : planned - forks;
    }

    /** Whether a fork failed: the cell gets no more. */
    boolean failed() {
        return failed;
    }

    /**
     * Records a fork's JMH run: {@code part}, the JSON it wrote (absent if none), and JMH's verdict. Once the cell has
     * its planned forks, its interval over all of them is computed, for {@link #wantsMore()} and the record of why.
     */
    void measured(Path part, Run run) throws IOException {
        visits++;
        output = run.output();
        boolean wrote = Files.isRegularFile(part);
        if (wrote) {
            parts.add(part);
        }
        if (!wrote || !run.measured()) {
            failed = true;
            return;
        }
        forks += 1;
        if (due() < 0) {
            width = relativeHalfWidth(parts, part);
            widths.add((Double.isNaN(width) ? "no interval" : "\u00b1" + Figures.percent(width, 1)) + " after "
                    + forks);
        }
    }

    /**
     * Whether the cell, having its planned forks, would get {@link Profile.ForkPlan#step} more: its plan is
     * adaptive, it is under its cap, its interval is wider than the target, and the cap could bring it there.
     */
    boolean wantsMore() {
        if (failed || due() >= 0 || !plan.adaptive() || forks >= plan.cap() || width <= plan.target()) {
            return false;
        }
        hopeless = !reachable(width, forks, plan.cap(), plan.target());
        return !hopeless;
    }

    /** The forks {@link #addMore()} would add. */
    int more() {
        return Math.min(plan.step(), plan.cap() - forks);
    }

    /** Plans {@link #more()} forks more. */
    void addMore() {
        planned += more();
        declined = false;
    }

    /** More forks were wanted but would take the run past its estimate: the cell is done, and says so. */
    void declined() {
        declined = true;
    }

    /**
     * Whether {@code cap} forks could bring a relative half-width of {@code width} after {@code forks} forks to
     * {@code target}, if the spread between forks stays what it is: the half-width is Student's t times the standard
     * deviation over the square root of the forks, so it shrinks by {@code t(cap-1)/t(forks-1) * sqrt(forks/cap)}
     * (0.60 from 5 forks to 8: a cell at ±8.3% may reach ±5%, one at ±12% will not). No interval yet (one fork, NaN)
     * is always worth more forks.
     */
    static boolean reachable(double width, int forks, int cap, double target) {
        if (Double.isNaN(width) || forks < 2) {
            return true;
        }
        double shrink = Interval.t(cap - 1) / Interval.t(forks - 1) * Math.sqrt((double) forks / cap);
        return width * shrink <= target;
    }

    /**
     * Merges the forks measured so far into {@code result} (a failed fork's samples too: the cell is then failed, and
     * its file is kept for inspection), deleting the parts. Also for a cell cut short by a stop: it keeps what it got.
     */
    Outcome finish(Path result) throws IOException {
        try {
            boolean written = !parts.isEmpty() && write(parts, result);
            int inFile = written ? forksIn(result) : 0;
            return new Outcome(!failed && visits > 0 && written, output, written,
                    inFile > 0 ? new Forks(inFile, why(inFile)) : null);
        } finally {
            for (Path p : parts) {
                Files.deleteIfExists(p);
            }
            parts.clear();
        }
    }

    /**
     * "5 forks: ±3.1% after 5 (target ±5%)", "8 forks: ±9.2% after 5, ±4.4% after 8 (target ±5%, cap 8)",
     * "5 forks: ±14.0% after 5 (target ±5%, out of reach by the cap of 8)", "5 forks: ±7.0% after 5 (target ±5%; 3
     * more did not fit the run's estimate)".
     */
    private String why(int inFile) {
        StringBuilder s = new StringBuilder(inFile + (inFile == 1 ? " fork" : " forks"));
        if (!widths.isEmpty()) {
            s.append(": ").append(String.join(", ", widths));
        }
        if (plan.adaptive()) {
            s.append(" (target \u00b1").append(Figures.percent(plan.target(), 0));
            if (inFile >= plan.cap()) {
                s.append(", cap ").append(plan.cap());
            } else if (hopeless) {
                s.append(", out of reach by the cap of ").append(plan.cap());
            } else if (declined) {
                s.append("; ").append(more()).append(" more did not fit the run's estimate");
            }
            s.append(')');
        } else {
            s.append(" (").append(plan.first()).append(plan.first() == 1 ? " fork" : " forks").append(", as set)");
        }
        if (inFile < planned && !failed) {
            s.append("; the run stopped after ").append(inFile).append(" of ").append(planned);
        }
        return s.toString();
    }

    /** Writes the parts' JSON to {@code result}: the one part moved, or all merged. */
    private static boolean write(List<Path> parts, Path result) throws IOException {
        if (parts.size() == 1) {
            Files.move(parts.get(0), result, StandardCopyOption.ATOMIC_MOVE);
            parts.clear();
        } else {
            RunFolder.writeAtomically(result, ForkMerge.merge(parts));
        }
        return Files.isRegularFile(result);
    }

    /** The primary score's interval relative to the score, over every part so far (merged into a scratch file). */
    private static double relativeHalfWidth(List<Path> parts, Path last) throws IOException {
        Path file = parts.get(0);
        Path scratch = null;
        if (parts.size() > 1) {
            scratch = last.resolveSibling("." + last.getFileName() + ".merged.partial");
            Files.writeString(scratch, ForkMerge.merge(parts));
            file = scratch;
        }
        try {
            var results = JmhResultReader.read(file);
            if (results.isEmpty()) {
                return Double.NaN;
            }
            var primary = results.get(0).primary();
            return primary.interval().relativeHalfWidth(primary.score());
        } finally {
            if (scratch != null) {
                Files.deleteIfExists(scratch);
            }
        }
    }

    private static int forksIn(Path result) {
        var results = JmhResultReader.read(result);
        return results.isEmpty() ? 0 : results.get(0).primary().interval().forks();
    }
}

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
 * Measures one cell in batches of forks ({@link ForkPlan}): the first batch, then more forks while the suite's interval
 * of its primary score ({@link Interval}: over the forks' means) is wider than the target, up to the cap. Each batch
 * is one JMH run writing its own JSON; the batches are merged into the cell's one JMH file ({@link ForkMerge}) and
 * the cell's {@link Forks} record says how many forks it got and why. The time goes where it can buy the target: a
 * cell whose forks agree is done after its first batch, and so is a cell whose forks disagree so much that even the
 * cap would leave its interval wider than the target ({@link #reachable}); its interval is then reported as it is,
 * wide, rather than paid for with forks that cannot make it trustworthy.
 */
final class CellForks {

    /** One JMH run of the cell with a given number of forks, writing its JSON to a given file. */
    interface Batch {
        /**
         * Runs {@code forks} forks of the cell into {@code json}.
         *
         * @return JMH's console output of the run, and whether it measured the cell fully (no failure)
         */
        Run run(int forks, Path json) throws Exception;
    }

    /** What one batch gave: whether it measured the cell without a failure, and JMH's console output. */
    record Run(boolean measured, String output) {
    }

    /**
     * What became of the cell.
     *
     * @param measured whether every batch measured it
     * @param output   JMH's output of the last batch (the failing one, if one failed)
     * @param written  whether {@code result} holds JMH's JSON (of every batch that measured it)
     * @param forks    the forks in {@code result} and why
     */
    record Outcome(boolean measured, String output, boolean written, Forks forks) {
    }

    private final ForkPlan plan;

    CellForks(ForkPlan plan) {
        this.plan = plan;
    }

    /** Measures the cell into {@code result}: one batch, or several merged. Leaves no batch file behind. */
    Outcome run(Path result, Batch batch) throws Exception {
        List<Path> parts = new ArrayList<>();
        List<String> widths = new ArrayList<>();
        int forks = 0;
        boolean hopeless = false;
        try {
            Run run = null;
            int next = plan.first(); // 0 (JMH's -f 0): one batch in the host's own JVM
            do {
                Path part = result.resolveSibling("." + result.getFileName() + ".batch-" + (parts.size() + 1)
                        + ".partial");
                run = batch.run(next, part);
                if (!Files.isRegularFile(part)) {
                    break;
                }
                parts.add(part);
                if (!run.measured()) {
                    break;
                }
                forks += Math.max(1, next);
                double width = relativeHalfWidth(parts, result);
                widths.add((Double.isNaN(width) ? "no interval" : "\u00b1" + Figures.percent(width, 1))
                        + " after " + forks);
                boolean wide = plan.adaptive() && forks < plan.cap() && !(width <= plan.target());
                hopeless = wide && !reachable(width, forks, plan.cap(), plan.target());
                next = wide && !hopeless ? Math.min(plan.step(), plan.cap() - forks) : 0;
            } while (next > 0);
            boolean written = !parts.isEmpty() && write(parts, result);
            int inFile = written ? forksIn(result) : 0;
            return new Outcome(run != null && run.measured() && written, run == null ? "" : run.output(), written,
                    inFile > 0 ? new Forks(inFile, why(inFile, widths, hopeless)) : null);
        } finally {
            for (Path p : parts) {
                Files.deleteIfExists(p);
            }
        }
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
     * "5 forks: ±3.1% after 5 (target ±5%)", "8 forks: ±9.2% after 5, ±4.4% after 8 (target ±5%, cap 8)",
     * "5 forks: ±14.0% after 5 (target ±5%, out of reach by the cap of 8)".
     */
    private String why(int forks, List<String> widths, boolean hopeless) {
        StringBuilder s = new StringBuilder(forks + (forks == 1 ? " fork" : " forks"));
        if (!widths.isEmpty()) {
            s.append(": ").append(String.join(", ", widths));
        }
        if (plan.adaptive()) {
            s.append(" (target \u00b1").append(Figures.percent(plan.target(), 0));
            if (forks >= plan.cap()) {
                s.append(", cap ").append(plan.cap());
            } else if (hopeless) {
                s.append(", out of reach by the cap of ").append(plan.cap());
            }
            s.append(')');
        } else {
            s.append(" (").append(plan.first()).append(plan.first() == 1 ? " fork" : " forks").append(", as set)");
        }
        return s.toString();
    }

    /**
     * Writes the batches' JSON to {@code result}: the one batch moved, or all merged (a failed batch's samples too:
     * the cell is then failed, and its file is kept for inspection).
     */
    private static boolean write(List<Path> parts, Path result) throws IOException {
        if (parts.size() == 1) {
            Files.move(parts.get(0), result, StandardCopyOption.ATOMIC_MOVE);
            parts.clear();
        } else {
            RunFolder.writeAtomically(result, ForkMerge.merge(parts));
        }
        return Files.isRegularFile(result);
    }

    /** The primary score's interval relative to the score, over every batch so far (merged into a scratch file). */
    private static double relativeHalfWidth(List<Path> parts, Path result) throws IOException {
        Path file = parts.get(0);
        Path scratch = null;
        if (parts.size() > 1) {
            scratch = result.resolveSibling("." + result.getFileName() + ".merged.partial");
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

package threadsvsprocesses.run.console;

import threadsvsprocesses.report.format.Figures;

/**
 * The console's line for each cell, as it ends: its index and the total, the cell in words, its score with error
 * and unit (or skipped or failed, and why), a noise mark where there is one, then the time elapsed and the ETA;
 * and the live line of the cell in progress. Columns line up over a run: the widths come from the plan.
 * <pre>
 * [ 2/78] countdown · multi-thread · 2 workers    44.9 ± 4.0 ms/op    noisy, retried   0:00:12 elapsed, ETA 0:02:01
 * [ 3/78] countdown · multi-process · 4 workers   skipped: 4 child JVMs at once ...
 * [ 4/78] countdown · process-pool · 1 worker: fork 1/2, iteration 3/10 · ETA 0:01:58    (the live line)
 * </pre>
 */
public final class CellLines {

    /** Widest the words column grows; longer names push the rest of their line right. */
    static final int MAX_WORDS = 48;
    /** Width of the score column. */
    static final int SCORE = 22;
    /** Width of the noise mark column. */
    static final int MARK = 16;

    private final int total;
    private final int indexWidth;
    private final int wordsWidth;

    /**
     * @param total      cells in the run
     * @param wordsWidth the longest cell in words of the run
     */
    public CellLines(int total, int wordsWidth) {
        this.total = total;
        this.indexWidth = String.valueOf(total).length();
        this.wordsWidth = Math.min(MAX_WORDS, wordsWidth);
    }

    /** A measured cell: "[ 2/78] words   44.9 ± 4.0 ms/op   noisy   0:00:12 elapsed, ETA 0:02:01". */
    public String measured(int index, String words, double score, double error, String unit, String mark,
                           double elapsedSeconds, double etaSeconds) {
        return head(index, words) + pad(Figures.score(score, error, unit), SCORE) + "  " + pad(mark, MARK) + "  "
                + times(elapsedSeconds, etaSeconds);
    }

    /** A cell skipped on purpose: "[ 3/78] words   skipped: why". */
    public String skipped(int index, String words, String reason) {
        return head(index, words) + "skipped: " + oneLine(reason);
    }

    /** A cell that failed: "[ 4/78] words   failed: why   0:00:30 elapsed, ETA 0:01:40". */
    public String failed(int index, String words, String reason, double elapsedSeconds, double etaSeconds) {
        return head(index, words) + "failed: " + oneLine(reason) + "   " + times(elapsedSeconds, etaSeconds);
    }

    /**
     * The live line of the cell in progress, at most {@code width} characters where that fits the cell in words:
     * "[ 5/78] countdown · multi-thread · 2 workers: fork 1/2, warm-up 3/5 · ETA 0:01:40" (the ETA is left out first).
     */
    public String running(int index, String words, String iteration, double etaSeconds, int width) {
        String i = String.valueOf(index);
        String line = "[" + " ".repeat(indexWidth - i.length()) + i + "/" + total + "] " + words + ": " + iteration;
        String eta = " \u00b7 ETA " + Figures.clock(etaSeconds);
        return line.length() + eta.length() <= width ? line + eta : line;
    }

    /**
     * The start of a round of forks: "round 2 of 5: a fork of each of 193 cells   0:04:10 elapsed, ETA 0:15:00".
     */
    public static String round(int round, int rounds, int cells, double elapsedSeconds, double etaSeconds) {
        return "round " + round + " of " + rounds + ": a fork of " + (cells == 1 ? "1 cell" : "each of " + cells
                + " cells") + "   " + times(elapsedSeconds, etaSeconds);
    }

    private String head(int index, String words) {
        String i = String.valueOf(index);
        return "[" + " ".repeat(indexWidth - i.length()) + i + "/" + total + "] " + pad(words, wordsWidth) + "  ";
    }

    private static String times(double elapsedSeconds, double etaSeconds) {
        return Figures.clock(elapsedSeconds) + " elapsed, ETA " + Figures.clock(etaSeconds);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}

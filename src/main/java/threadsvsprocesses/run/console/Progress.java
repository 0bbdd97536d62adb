package threadsvsprocesses.run.console;

import java.util.function.LongSupplier;

/**
 * How far a run is: the time elapsed, and the time left, from each cell's estimate scaled by how fast the cells
 * done so far went against their estimates (so a machine faster or slower than the estimate's is soon allowed for).
 */
public final class Progress {

    private final double[] estimates;
    private final LongSupplier nanoTime;
    private final long start;
    private final boolean[] done;
    private final double[] doneOf;
    private double estimatedDone;
    private double estimatedTotal;

    /** @param estimates each cell's estimated seconds, in plan order (0 for a cell that will not run) */
    public Progress(double[] estimates) {
        this(estimates, System::nanoTime);
    }

    Progress(double[] estimates, LongSupplier nanoTime) {
        this.estimates = estimates.clone();
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
        this.done = new boolean[estimates.length];
        this.doneOf = new double[estimates.length];
        for (double e : estimates) {
            estimatedTotal += e;
        }
    }

    /** The whole run's estimate, in seconds. */
    public double estimatedSeconds() {
        return estimatedTotal;
    }

    /**
     * Cell {@code index} (0-based) has run a fork estimated at {@code seconds}: that much of the run is done, even
     * beyond the cell's estimate (a cell given more forks than it was expected to get).
     */
    public synchronized void advanced(int index, double seconds) {
        if (!done[index]) {
            doneOf[index] += seconds;
            estimatedDone += seconds;
        }
    }

    /** Marks cell {@code index} (0-based) as ended, run or not: the rest of its estimate is done too. */
    public synchronized void ended(int index) {
        if (!done[index]) {
            done[index] = true;
            estimatedDone += Math.max(0, estimates[index] - doneOf[index]);
        }
    }

    /** Seconds since the run started. */
    public double elapsedSeconds() {
        return (nanoTime.getAsLong() - start) / 1e9;
    }

    /** Seconds left, by the estimates of the cells not ended, at the pace of those ended. */
    public synchronized double etaSeconds() {
        double elapsed = elapsedSeconds();
        double pace = estimatedDone > 0 ? elapsed / estimatedDone : 1.0;
        return Math.max(0, (estimatedTotal - estimatedDone) * pace);
    }
}

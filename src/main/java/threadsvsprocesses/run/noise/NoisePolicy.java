package threadsvsprocesses.run.noise;

import threadsvsprocesses.labels.Labelled;
import threadsvsprocesses.run.BadInputException;

/** What a run does with a noisy cell ({@code --on-noise}). */
public enum NoisePolicy implements Labelled {
    /**
     * Measure the noisy fork once more and keep the quieter attempt, both recorded in plan.json, while the second
     * attempt keeps the run within {@link #retryBudget}: its estimate and 5% (at least 30 s); past that, keep it
     * flagged noisy. On a machine whose steal never lets up, retrying everything doubles the run and seldom gives a
     * quiet attempt.
     */
    RETRY,
    /** Measure every noisy fork once more, whatever the time. */
    RETRY_ALWAYS,
    /** Keep it, flagged noisy. */
    KEEP,
    /** Keep it, flagged noisy, and stop the run: the cells after it are not reached. */
    STOP;

    /**
     * How far past its estimate ({@code seconds.estimated} of plan.json) a run may go for retries under
     * {@link #RETRY}: 5%, 56 s of a standard run on 2 cores, which buys the retry of about 50 of its forks (a fork, not
     * a whole cell, is measured again). 10% while a retry measured a whole cell; in the reference run of 2026-12-03
     * its 57 retried cells took 1,250 s.
     */
    public static final double RETRY_RESERVE = 0.05;
    /** The least that reserve is, in seconds: a short run's retries cost little, and its 5% would allow none. */
    public static final double RETRY_RESERVE_FLOOR_SECONDS = 30;

    /** The longest a run estimated at {@code estimatedSeconds} may take with retries under {@link #RETRY}. */
    public static double retryBudget(double estimatedSeconds) {
        return estimatedSeconds + Math.max(RETRY_RESERVE * estimatedSeconds, RETRY_RESERVE_FLOOR_SECONDS);
    }

    /** The policy labelled {@code label}, or a one-line error naming the accepted ones. */
    public static NoisePolicy byLabel(String label) {
        try {
            return Labelled.byLabel(NoisePolicy.class, "--on-noise", label);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}

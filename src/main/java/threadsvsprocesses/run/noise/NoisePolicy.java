package threadsvsprocesses.run.noise;

import threadsvsprocesses.labels.Labelled;
import threadsvsprocesses.run.BadInputException;

/** What a run does with a noisy cell ({@code --on-noise}). */
public enum NoisePolicy implements Labelled {
    /** Measure it once more and keep the quieter attempt; both are recorded in plan.json. */
    RETRY,
    /** Keep it, flagged noisy. */
    KEEP,
    /** Keep it, flagged noisy, and stop the run: the cells after it are not reached. */
    STOP;

    /** The policy labelled {@code label}, or a one-line error naming the accepted ones. */
    public static NoisePolicy byLabel(String label) {
        try {
            return Labelled.byLabel(NoisePolicy.class, "--on-noise", label);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}

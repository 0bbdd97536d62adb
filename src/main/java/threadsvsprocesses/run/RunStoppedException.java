package threadsvsprocesses.run;

/**
 * A run that could not go on through no fault of its input: a write to its folder failed (the disk is full, the
 * folder went away). The command line prints the message as one line and exits 1; the cells measured before it
 * stay in the run folder, as the last plan.json that could be written records them.
 */
public final class RunStoppedException extends RuntimeException {

    public RunStoppedException(String message) {
        super(message);
    }
}

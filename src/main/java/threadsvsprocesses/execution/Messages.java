package threadsvsprocesses.execution;

import java.util.List;

/**
 * A pool's jobs cut into messages by its {@link Dispatch}. Every operation of a trial runs the same list of jobs,
 * so the list is cut once and the cut kept: the measured operation does not pay for cutting it again.
 */
public final class Messages {

    private final Dispatch dispatch;
    private final int workers;
    private List<Job> lastJobs;
    private List<List<Job>> lastMessages;

    public Messages(Dispatch dispatch, int workers) {
        this.dispatch = dispatch;
        this.workers = workers;
    }

    /** {@code jobs} cut into messages ({@link Dispatch#split}). */
    public List<List<Job>> of(List<Job> jobs) {
        if (jobs != lastJobs) {
            lastMessages = dispatch.split(jobs, workers);
            lastJobs = jobs;
        }
        return lastMessages;
    }
}

package threadsvsprocesses.execution;

import threadsvsprocesses.labels.Labelled;

import java.util.ArrayList;
import java.util.List;

/**
 * How a pool hands its jobs to its workers: one message per job, or the jobs cut into chunks as CPython's
 * {@code Pool.map} cuts them. Each message, whatever its size, costs the pool one hand-off to a worker and one back
 * (for a process pool: a write and a read on a pipe, with the system calls and wake-ups that go with them), so the
 * cost of dispatch is paid per message, not per job.
 */
public enum Dispatch implements Labelled {

    /**
     * Chunks of {@link #chunkSize} consecutive jobs, as {@code multiprocessing.Pool.map} sends them: chunksize =
     * ceil(jobs / (4 × workers)), so 125 jobs a message for 1,000 jobs on 2 workers.
     */
    CHUNKED,

    /** One message per job, as {@code Pool.map} with {@code chunksize=1} or {@code ProcessPoolExecutor.map}. */
    PER_TASK;

    /** CPython's default chunk size for {@code jobs} jobs on {@code workers} workers: ceil(jobs / (4 × workers)), at least 1. */
    public static int chunkSize(int jobs, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        long quarters = 4L * workers;
        return (int) Math.max(1, (jobs + quarters - 1) / quarters);
    }

    /** Jobs per message for {@code jobs} jobs on {@code workers} workers. */
    public int jobsPerMessage(int jobs, int workers) {
        return this == PER_TASK ? 1 : chunkSize(jobs, workers);
    }

    /** How many messages {@code jobs} jobs take on {@code workers} workers. */
    public int messages(int jobs, int workers) {
        int per = jobsPerMessage(jobs, workers);
        return jobs == 0 ? 0 : (jobs + per - 1) / per;
    }

    /** The jobs cut into messages, in order: consecutive jobs, {@link #jobsPerMessage} each (the last may be short). */
    public List<List<Job>> split(List<Job> jobs, int workers) {
        int per = jobsPerMessage(jobs.size(), workers);
        List<List<Job>> messages = new ArrayList<>((jobs.size() + per - 1) / per);
        for (int i = 0; i < jobs.size(); i += per) {
            messages.add(List.copyOf(jobs.subList(i, Math.min(jobs.size(), i + per))));
        }
        return messages;
    }

    /** The dispatch with this label, or an error naming the accepted labels. */
    public static Dispatch byLabel(String label) {
        return Labelled.byLabel(Dispatch.class, "dispatch", label);
    }

    @Override
    public String toString() {
        return label();
    }
}

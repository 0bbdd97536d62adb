package threadsvsprocesses.execution;

import threadsvsprocesses.workload.Workload;

import java.util.ArrayList;
import java.util.List;

/**
 * One piece of work for one worker: the units {@code [from, to)} of a workload. A worker JVM receives it in the
 * binary form of {@link WorkerProtocol}.
 */
public record Job(Workload workload, long from, long to, long sleepMillis) {

    public Job {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bad range [" + from + ", " + to + ")");
        }
    }

    /** Runs this job on the calling thread. */
    public long run() throws InterruptedException {
        return workload.run(from, to, sleepMillis);
    }

    /** {@code units} split into {@code parts} contiguous jobs whose sizes differ by at most one unit. */
    public static List<Job> split(Workload workload, long units, int parts, long sleepMillis) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1, got " + parts);
        }
        List<Job> jobs = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            long from = Math.floorDiv(units * i, parts);
            long to = Math.floorDiv(units * (i + 1), parts);
            jobs.add(new Job(workload, from, to, sleepMillis));
        }
        return jobs;
    }

    /** One job per unit: one per task for the sleep workload's thread- and process-per-task models. */
    public static List<Job> eachUnit(Workload workload, long units, long sleepMillis) {
        return split(workload, units, Math.toIntExact(units), sleepMillis);
    }
}

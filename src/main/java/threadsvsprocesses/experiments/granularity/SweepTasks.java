package threadsvsprocesses.experiments.granularity;

import threadsvsprocesses.execution.Job;
import threadsvsprocesses.workload.Workload;

import java.util.ArrayList;
import java.util.List;

/**
 * The sweep's list of work: {@code tasks} tasks of {@code stepsPerTask} countdown steps each, task i counting down
 * from its own seed ({@link threadsvsprocesses.workload.Countdown#countTasks}). The checksum, the sum of the tasks'
 * final states, is the same under every model, however the tasks are dealt out.
 */
public final class SweepTasks {

    private SweepTasks() {
    }

    /** The tasks, one job each; an error naming the bad value if either count is below 1. */
    public static List<Job> of(int tasks, long stepsPerTask) {
        if (tasks < 1 || stepsPerTask < 1) {
            throw new IllegalArgumentException("tasks and steps per task must be at least 1, got " + tasks + " and "
                    + stepsPerTask);
        }
        List<Job> jobs = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            jobs.add(new Job(Workload.COUNTDOWN, i, i + 1L, stepsPerTask));
        }
        return jobs;
    }
}

package threadsvsprocesses.experiments.pool;

import threadsvsprocesses.execution.Job;
import threadsvsprocesses.workload.Squares;
import threadsvsprocesses.workload.Workload;

import java.util.ArrayList;
import java.util.List;

/**
 * The pool-map experiment's list of work: {@code tasks} small tasks, task i summing the squares of the
 * {@code taskUnits} numbers {@code [i * taskUnits, (i + 1) * taskUnits)} ({@link Squares}). Together they cover
 * {@code [0, tasks * taskUnits)} once, so the sum of their results is the same under every pool. With 0 units a
 * task is empty and its result 0: what remains is the pure cost of handing a task to the pool and back.
 *
 * <p>The tasks are {@link Job}s of the squares workload, the form the process pool's worker JVMs read.
 */
public final class SquareTasks {

    private SquareTasks() {
    }

    /** The tasks; an error naming the bad value if {@code tasks < 1} or {@code taskUnits < 0}. */
    public static List<Job> of(int tasks, long taskUnits) {
        if (tasks < 1) {
            throw new IllegalArgumentException("tasks must be at least 1, got " + tasks);
        }
        if (taskUnits < 0) {
            throw new IllegalArgumentException("taskUnits must be 0 (an empty task) or positive, got " + taskUnits);
        }
        Math.multiplyExact(tasks, taskUnits); // fails plainly if the last task's range would overflow
        List<Job> jobs = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            jobs.add(new Job(Workload.SQUARES, i * taskUnits, (i + 1) * taskUnits, 0));
        }
        return jobs;
    }
}

package threadsvsprocesses.execution;

import java.util.List;

/**
 * Runs jobs under one execution model and returns the sum of their checksums. Created by
 * {@link ExecutionModel#create(int)}; closing it stops every thread and child process it started.
 */
public interface Executor extends AutoCloseable {

    /** Runs every job, each on its own worker where the model has workers, and returns their checksums' sum. */
    long runAll(List<Job> jobs) throws Exception;

    /** Stops all workers; idempotent; leaves no thread or child process behind. */
    @Override
    void close();
}

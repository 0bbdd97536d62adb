package threadsvsprocesses.execution;

import java.util.List;

/** The sequential baseline: every job on the calling thread, one after another. */
final class SingleThreadExecutor implements Executor {

    @Override
    public long runAll(List<Job> jobs) throws InterruptedException {
        long sum = 0;
        for (Job job : jobs) {
            sum += job.run();
        }
        return sum;
    }

    @Override
    public void close() {
        // nothing started, nothing to stop
    }
}

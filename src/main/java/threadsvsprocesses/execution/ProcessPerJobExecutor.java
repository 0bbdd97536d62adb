package threadsvsprocesses.execution;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One new child JVM per job, started, fed and joined within the operation, like the tutorials'
 * {@code Process(target=...).start(); join()}: JVM start-up and exit are part of the measured cost.
 */
final class ProcessPerJobExecutor implements Executor {

    @Override
    public long runAll(List<Job> jobs) throws Exception {
        List<WorkerJvm> children = new ArrayList<>(jobs.size());
        try (Watchdog watchdog = new Watchdog()) {
            try {
                // Start them all first, so they run at the same time, then collect the answers.
                for (Job job : jobs) {
                    WorkerJvm child = startChild(children.size(), jobs.size(), watchdog);
                    children.add(child);
                    child.send(List.of(job), children.size() - 1);
                }
                watchdog.arm();
                long sum = 0;
                for (WorkerJvm child : children) {
                    sum += child.receiveSum(1);
                }
                return sum;
            } finally {
                // Closing stdin ends each child; close() waits for the exit (the tutorials' join()).
                children.forEach(WorkerJvm::close);
            }
        }
    }

    private static WorkerJvm startChild(int started, int wanted, Watchdog watchdog) throws WorkerFailedException {
        try {
            return WorkerJvm.start(watchdog);
        } catch (IOException e) {
            throw new WorkerFailedException("could not start child JVM " + (started + 1) + " of " + wanted + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // every child was closed by runAll
    }
}

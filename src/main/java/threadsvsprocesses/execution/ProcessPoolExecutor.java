package threadsvsprocesses.execution;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Warm worker JVMs started once and reused for every operation, like Python's {@code multiprocessing.Pool}:
 * jobs go round-robin to the workers over their stdin, each worker runs its jobs one after another, and the
 * answers come back over their stdout. Start-up is paid when the pool is made, not per operation.
 *
 * <p>If a worker crashes, hangs past the job timeout or answers garbage, the whole pool is stopped and this and
 * every later call fails with the first reason: a half-dead pool would measure something else.
 */
final class ProcessPoolExecutor implements Executor {

    private final List<WorkerJvm> workers = new ArrayList<>();
    private String brokenBecause;

    ProcessPoolExecutor(int size) throws WorkerFailedException {
        if (size < 1) {
            throw new IllegalArgumentException("a process pool needs at least one worker, got " + size);
        }
        try {
            for (int i = 0; i < size; i++) {
                workers.add(WorkerJvm.start());
            }
        } catch (IOException e) {
            close();
            throw new WorkerFailedException("could not start pool worker " + (workers.size() + 1) + " of " + size
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long runAll(List<Job> jobs) throws Exception {
        if (brokenBecause != null) {
            throw new WorkerFailedException("the process pool was stopped earlier: " + brokenBecause);
        }
        int[] assigned = new int[workers.size()];
        try {
            for (int i = 0; i < jobs.size(); i++) {
                int w = i % workers.size();
                workers.get(w).send(FaultInjection.lineFor(jobs.get(i), i));
                assigned[w]++;
            }
            long deadline = WorkerTimeouts.deadlineNanos();
            long sum = 0;
            for (int w = 0; w < workers.size(); w++) {
                for (int k = 0; k < assigned[w]; k++) {
                    sum += workers.get(w).receiveResult(deadline);
                }
            }
            return sum;
        } catch (WorkerFailedException | RuntimeException | InterruptedException e) {
            brokenBecause = e.getMessage();
            workers.forEach(WorkerJvm::kill);
            throw e;
        }
    }

    /** The worker JVMs' process handles, for tests that check none outlives the pool. */
    List<ProcessHandle> workerHandles() {
        return workers.stream().map(WorkerJvm::handle).toList();
    }

    @Override
    public void close() {
        workers.forEach(WorkerJvm::close);
    }
}

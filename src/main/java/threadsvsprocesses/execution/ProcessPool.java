package threadsvsprocesses.execution;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Warm worker JVMs started once and reused for every operation, like Python's {@code multiprocessing.Pool}: an
 * operation's jobs are cut into messages ({@link Dispatch}: one per job, or chunks as {@code Pool.map} cuts them),
 * the messages are dealt round-robin to the workers over their stdin, each worker runs its messages' jobs one after
 * another, and the calling thread itself reads the answers from their stdout: no reader thread, no queue. (Python's
 * workers pull chunks from a shared queue; with jobs of equal size, dealing them round-robin gives each worker the
 * same share.) Start-up is paid when the pool is made, not per operation.
 *
 * <p>Messages are pipelined: each worker has up to a window of messages in flight (sent, not yet answered), kept
 * small enough in bytes that neither pipe can fill while the other side waits on it, so the workers never idle
 * between messages and no operation size can deadlock the pipes.
 *
 * <p>If a worker crashes, hangs past the job timeout or answers garbage, the whole pool is stopped and this and
 * every later call fails with the first reason: a half-dead pool would measure something else.
 */
public final class ProcessPool implements Executor {

    /** Bytes a worker may have in flight in either direction: far below a pipe's 64 KiB (16 KiB on some systems). */
    static final int WINDOW_BYTES = 8 << 10;

    private final Dispatch dispatch;
    private final Watchdog watchdog = new Watchdog();
    private final List<WorkerJvm> workers = new ArrayList<>();
    private String brokenBecause;
    private final Messages messages;

    private ProcessPool(int size, Dispatch dispatch) throws WorkerFailedException {
        if (size < 1) {
            throw new IllegalArgumentException("a process pool needs at least one worker, got " + size);
        }
        this.dispatch = dispatch;
        this.messages = new Messages(dispatch, size);
        try {
            for (int i = 0; i < size; i++) {
                workers.add(WorkerJvm.start(watchdog));
            }
        } catch (IOException e) {
            close();
            throw new WorkerFailedException("could not start pool worker " + (workers.size() + 1) + " of " + size
                    + ": " + e.getMessage(), e);
        }
    }

    /** Starts a pool of {@code size} worker JVMs that hands out jobs by {@code dispatch}. */
    public static ProcessPool start(int size, Dispatch dispatch) throws WorkerFailedException {
        return new ProcessPool(size, dispatch);
    }

    /** How this pool hands out jobs. */
    public Dispatch dispatch() {
        return dispatch;
    }

    /** How many worker JVMs it has. */
    public int size() {
        return workers.size();
    }

    @Override
    public long runAll(List<Job> jobs) throws Exception {
        if (brokenBecause != null) {
            throw new WorkerFailedException("the process pool was stopped earlier: " + brokenBecause);
        }
        List<List<Job>> messages = this.messages.of(jobs);
        int w = workers.size();
        int window = window(messages);
        watchdog.arm();
        try {
            // message m goes to worker m % w; each worker gets its first `window` messages before any answer is read
            int sent = 0;
            for (; sent < Math.min(messages.size(), window * w); sent++) {
                workers.get(sent % w).send(messages.get(sent), sent);
            }
            long sum = 0;
            for (int m = 0; m < messages.size(); m++) {
                sum += workers.get(m % w).receiveSum(messages.get(m).size());
                if (sent < messages.size()) {
                    // the next message of the worker that just answered (sent % w == m % w, as sent = m + window * w)
                    workers.get(sent % w).send(messages.get(sent), sent);
                    sent++;
                }
            }
            return sum;
        } catch (WorkerFailedException | RuntimeException | InterruptedException e) {
            brokenBecause = e.getMessage();
            workers.forEach(WorkerJvm::kill);
            throw e;
        } finally {
            watchdog.disarm();
        }
    }

    /** Messages in flight per worker: as many as {@link #WINDOW_BYTES} holds, at least one. */
    static int window(List<List<Job>> messages) {
        int largest = messages.stream().mapToInt(List::size).max().orElse(1);
        int bytes = Math.max(WorkerProtocol.requestBytes(largest), WorkerProtocol.answerBytes(largest));
        return Math.max(1, WINDOW_BYTES / bytes);
    }

    /** The jobs each worker JVM has run so far, asked of the workers themselves (for tests of the warm-up). */
    public List<Long> jobsRunPerWorker() throws WorkerFailedException, InterruptedException {
        List<Long> counts = new ArrayList<>();
        watchdog.arm();
        try {
            for (WorkerJvm worker : workers) {
                counts.add(worker.jobsRun());
            }
        } finally {
            watchdog.disarm();
        }
        return counts;
    }

    /** The worker JVMs (for tests that send them faults). */
    List<WorkerJvm> workers() {
        return List.copyOf(workers);
    }

    /** The worker JVMs' process handles, for tests that check none outlives the pool. */
    public List<ProcessHandle> workerHandles() {
        return workers.stream().map(WorkerJvm::handle).toList();
    }

    @Override
    public void close() {
        workers.forEach(WorkerJvm::close);
        watchdog.close();
    }
}

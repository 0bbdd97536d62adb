package threadsvsprocesses.execution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * <p>If a worker JVM ends before it answers (a crash, a kill by the kernel's OOM killer or a stray signal), the pool
 * is rebuilt once: every worker is stopped, a fresh set is started and warmed, the operation runs again, and a line
 * starting {@link #REBUILT} goes to the file {@link #EVENTS_PROPERTY} names (the suite's run reads it and records
 * the rebuild with the cell; the time of that operation, if it was a measured one, includes the rebuild and its
 * warm-up), or to stderr where no file is named. If the rebuilt pool fails too, or a worker
 * hangs past the job timeout or answers garbage (which a new JVM would repeat), the whole pool is stopped and this
 * and every later call fails with the reason: a half-dead pool would measure something else.
 */
public final class ProcessPool implements Executor {

    /** Bytes a worker may have in flight in either direction: far below a pipe's 64 KiB (16 KiB on some systems). */
    static final int WINDOW_BYTES = 8 << 10;

    /** How the line a rebuild writes begins; the rest of the line is why the pool was rebuilt. */
    public static final String REBUILT = "[threads-vs-processes] process pool rebuilt: ";
    /**
     * The system property naming the file a rebuild appends its line to; the suite's run sets it for each JMH batch
     * and reads the file afterwards (JMH copies a fork's stderr straight to the host's, around the run's own
     * console and log). Without it the line goes to stderr.
     */
    public static final String EVENTS_PROPERTY = "tvp.eventsFile";

    private final Dispatch dispatch;
    private final Watchdog watchdog = new Watchdog();
    private final List<WorkerJvm> workers = new ArrayList<>();
    private String brokenBecause;
    /** Why the pool was rebuilt, once; null while it runs its first set of workers. */
    private String rebuiltBecause;
    private final int size;
    private final Messages messages;

    private ProcessPool(int size, Dispatch dispatch) throws WorkerFailedException {
        if (size < 1) {
            throw new IllegalArgumentException("a process pool needs at least one worker, got " + size);
        }
        Exiting.now(); // registers its hook now, while the JVM is not exiting
        this.dispatch = dispatch;
        this.size = size;
        this.messages = new Messages(dispatch, size);
        try {
            startWorkers();
        } catch (WorkerFailedException e) {
            close();
            throw e;
        }
    }

    /** Starts {@link #size} workers; if one cannot start, kills those that did and throws. */
    private void startWorkers() throws WorkerFailedException {
        try {
            for (int i = 0; i < size; i++) {
                workers.add(WorkerJvm.start(watchdog));
            }
        } catch (IOException e) {
            workers.forEach(WorkerJvm::kill);
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
        try {
            return send(jobs);
        } catch (WorkerExitedException e) {
            if (e.stoppedOnPurpose() || Exiting.now()) {
                throw broken(e); // the run is being stopped: starting new JVMs now would fight it
            }
            if (rebuiltBecause != null) {
                throw broken(afterRebuild("on a pool rebuilt after", e));
            }
            rebuild(e.getMessage(), jobs);
            try {
                return send(jobs);
            } catch (WorkerFailedException again) {
                throw broken(afterRebuild("on a pool rebuilt after", again));
            }
        }
    }

    /**
     * "<e's reason>, on a pool rebuilt after: <the first reason>" (or "while rebuilding the pool after"): a failure
     * after or during the rebuild, with both reasons.
     */
    private WorkerFailedException afterRebuild(String when, Exception e) {
        return new WorkerFailedException(e.getMessage() + ", " + when + ": " + rebuiltBecause, e);
    }

    /** Why the pool was rebuilt, or null if it was not. */
    public String rebuiltBecause() {
        return rebuiltBecause;
    }

    /**
     * Replaces every worker by a fresh JVM after one ended with {@code reason}, warms the new ones on {@code jobs}
     * (the failing operation's: cold workers would slow the samples after this one), and tells the run
     * ({@link #tell}). Any failure on the way stops the pool for good, with both reasons.
     */
    private void rebuild(String reason, List<Job> jobs) throws Exception {
        rebuiltBecause = reason;
        workers.forEach(WorkerJvm::kill);
        workers.clear();
        watchdog.forgetAll();
        try {
            tell(REBUILT + reason.replace('\n', ' '));
            startWorkers();
            PoolWarmup.run(new Executor() {
                @Override
                public long runAll(List<Job> warmUp) throws Exception {
                    return send(warmUp);
                }

                @Override
                public void close() {
                }
            }, jobs, size);
        } catch (InterruptedException e) {
            broken(afterRebuild("while rebuilding the pool after", e));
            throw e;
        } catch (Exception e) {
            throw broken(afterRebuild("while rebuilding the pool after", e));
        }
    }

    /** Appends {@code line} to the file {@link #EVENTS_PROPERTY} names, or writes it to stderr if none is named. */
    private static void tell(String line) {
        String file = System.getProperty(EVENTS_PROPERTY);
        if (file == null) {
            System.err.println(line);
            return;
        }
        try {
            Files.writeString(Path.of(file), line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            System.err.println(line + " (and could not write it to " + file + ": " + e.getMessage() + ")");
        }
    }

    /** Stops every worker for good, remembering why; returns {@code e} for the caller to throw. */
    private WorkerFailedException broken(WorkerFailedException e) {
        brokenBecause = e.getMessage();
        workers.forEach(WorkerJvm::kill);
        return e;
    }

    /** Runs one operation on the current workers; any failure kills them all and is thrown. */
    private long send(List<Job> jobs) throws Exception {
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
        } catch (WorkerExitedException e) {
            workers.forEach(WorkerJvm::kill); // the caller decides between a rebuild and stopping for good
            throw e;
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

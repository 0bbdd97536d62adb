package threadsvsprocesses.execution;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A worker JVM ({@link WorkerMain}) started from this JVM's own java binary and class path, talked to over pipes in
 * the binary messages of {@link WorkerProtocol}: requests go to its stdin, answers are read from its stdout by the
 * calling thread itself, with no reader thread or queue in between. A {@link Watchdog} ends a wait past the job
 * timeout by killing the worker.
 *
 * <p>The worker exits as soon as its stdin closes, so a parent that dies, even by SIGKILL, leaves none behind:
 * the kernel closes the pipe and the worker sees end-of-file. {@link #close()} does the same on purpose and waits
 * for the exit, destroying the worker if it does not go within two seconds ({@link Lifeline}).
 */
final class WorkerJvm implements AutoCloseable {

    private final Process process;
    private final DataOutputStream stdin;
    private final DataInputStream stdout;
    private final Watchdog watchdog;

    private WorkerJvm(Process process, Watchdog watchdog) {
        this.process = process;
        this.stdin = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.stdout = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        this.watchdog = watchdog;
        watchdog.watch(process);
    }

    /**
     * Starts a worker JVM whose waits {@code watchdog} guards; its stderr goes to ours, so its errors show in the
     * run's log.
     */
    static WorkerJvm start(Watchdog watchdog) throws IOException {
        Process p = new ProcessBuilder(command()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new WorkerJvm(p, watchdog);
    }

    /**
     * {@code <this java> -Dtvp.parentPid=<this pid> ... -cp <this class path, absolute>
     * threadsvsprocesses.execution.WorkerMain}: the worker watches this JVM by its pid ({@link ParentWatch}).
     */
    static List<String> command() {
        List<String> command = new ArrayList<>(JavaCommand.forMain(WorkerMain.class));
        command.add(1, "-D" + ParentWatch.PARENT_PROPERTY + "=" + ProcessHandle.current().pid());
        return command;
    }

    long pid() {
        return process.pid();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /**
     * Sends one message of jobs, the {@code index}-th of its operation (the first may carry an injected fault,
     * {@link FaultInjection}), and flushes it: one write to the pipe per message.
     */
    void send(List<Job> jobs, int index) throws WorkerFailedException {
        try {
            if (!FaultInjection.write(stdin, index)) {
                WorkerProtocol.writeJobs(stdin, jobs);
            }
            stdin.flush();
        } catch (IOException e) {
            throw gone("could not send it work: " + e.getMessage(), e);
        }
    }

    /** Sends raw bytes as a request (for tests of bad requests). */
    void sendBytes(byte[] request) throws WorkerFailedException {
        try {
            stdin.write(request);
            stdin.flush();
        } catch (IOException e) {
            throw gone("could not send it work: " + e.getMessage(), e);
        }
    }

    /** Asks how many jobs the worker has run so far. */
    long jobsRun() throws WorkerFailedException, InterruptedException {
        try {
            stdin.writeByte(WorkerProtocol.STATS);
            stdin.flush();
        } catch (IOException e) {
            throw gone("could not ask it: " + e.getMessage(), e);
        }
        return receiveSum(1);
    }

    /**
     * Reads the answer to the oldest request not yet answered, which held {@code jobs} jobs, and returns the sum of
     * their results (each read in turn; the caller needs only the sum, so no array is made per message). Blocks on
     * the pipe; past the job timeout the watchdog kills the worker and this reports it.
     */
    long receiveSum(int jobs) throws WorkerFailedException, InterruptedException {
        try {
            int kind = stdout.read();
            if (kind == WorkerProtocol.OK) {
                int n = stdout.readInt();
                if (n != jobs) {
                    throw new WorkerFailedException("worker JVM pid " + pid() + " answered " + n + " results where "
                            + jobs + " were expected");
                }
                long sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += stdout.readLong();
                }
                return sum;
            }
            if (kind == WorkerProtocol.ERROR) {
                throw new WorkerFailedException("worker JVM pid " + pid() + " failed: " + stdout.readUTF());
            }
            if (kind < 0) {
                throw ended();
            }
            throw new WorkerFailedException("worker JVM pid " + pid() + " wrote the byte 0x" + Integer.toHexString(kind)
                    + " where an answer was expected (K and the results, or E and an error)");
        } catch (EOFException e) {
            throw ended();
        } catch (IOException e) {
            if (watchdog.fired()) {
                throw timedOut();
            }
            throw gone("could not read its answer: " + e.getMessage(), e);
        }
    }

    /** Closes the worker's stdin, which makes it exit, and waits for it; destroys it if it lingers. */
    @Override
    public void close() {
        Lifeline.closeAndWait(process, stdin);
    }

    /** Destroys the worker at once and waits for it to be gone. */
    void kill() {
        Lifeline.destroyAndWait(process);
    }

    private WorkerFailedException ended() throws InterruptedException {
        if (watchdog.fired()) {
            return timedOut();
        }
        String how = exitDescription(); // waits a moment for the exit, so exitCode() below sees it
        String message = "worker JVM pid " + pid() + " " + how + " before answering";
        // a worker that closed its output but still runs has not crashed: a new one would not mend it
        return process.isAlive() ? new WorkerFailedException(message) : new WorkerExitedException(message, exitCode(), null);
    }

    private WorkerFailedException timedOut() {
        return new WorkerFailedException("worker JVM pid " + pid() + " did not answer within the job timeout of "
                + WorkerTimeouts.jobTimeout().toSeconds() + " s (set -D" + WorkerTimeouts.PROPERTY + " to change it)");
    }

    private WorkerFailedException gone(String what, IOException e) {
        if (watchdog.fired()) {
            return timedOut(); // the watchdog killed it: a hang, which a rebuild must not take for a crash
        }
        String how = exitDescription(); // waits a moment for the exit, so exitCode() below sees it
        String message = "worker JVM pid " + pid() + " is gone (" + how + "); " + what;
        return process.isAlive() ? new WorkerFailedException(message, e)
                : new WorkerExitedException(message, exitCode(), e);
    }

    /** Its exit code, or -1 while it runs. */
    private int exitCode() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    private String exitDescription() {
        return Lifeline.exitDescription(process, 200);
    }
}

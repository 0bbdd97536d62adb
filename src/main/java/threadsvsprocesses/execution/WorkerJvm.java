package threadsvsprocesses.execution;

import java.io.IOException;
import java.util.List;

/**
 * A worker JVM ({@link WorkerMain}) started from this JVM's own java binary and class path, talked to over pipes:
 * job lines go to its stdin, {@code OK <checksum>} lines come back on its stdout.
 *
 * <p>The worker exits as soon as its stdin closes, so a parent that dies, even by SIGKILL, leaves none behind:
 * the kernel closes the pipe and the worker sees end-of-file. {@link #close()} does the same on purpose and waits
 * for the exit, destroying the worker if it does not go within two seconds ({@link Lifeline}).
 */
final class WorkerJvm implements AutoCloseable {

    private final Process process;
    private final LinePipe pipe;

    private WorkerJvm(Process process) {
        this.process = process;
        this.pipe = new LinePipe(process.getOutputStream(), process.getInputStream(), "worker-" + process.pid() + "-stdout");
    }

    /** Starts a worker JVM; its stderr goes to ours, so its errors show in the run's log. */
    static WorkerJvm start() throws IOException {
        Process p = new ProcessBuilder(command()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new WorkerJvm(p);
    }

    /** {@code <this java> ... -cp <this class path, absolute> threadsvsprocesses.execution.WorkerMain}. */
    static List<String> command() {
        return JavaCommand.forMain(WorkerMain.class);
    }

    long pid() {
        return process.pid();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Sends one line to the worker's stdin. */
    void send(String line) throws WorkerFailedException {
        try {
            pipe.send(line);
        } catch (IOException e) {
            throw new WorkerFailedException("worker JVM pid " + pid() + " is gone (" + exitDescription()
                    + "); could not send it work: " + e.getMessage(), e);
        }
    }

    /** Waits until {@code deadlineNanos} (a {@link System#nanoTime()} value) for the worker's next result. */
    long receiveResult(long deadlineNanos) throws WorkerFailedException, InterruptedException {
        String line = pipe.next(deadlineNanos);
        if (line == null) {
            throw new WorkerFailedException("worker JVM pid " + pid() + " did not answer within the job timeout of "
                    + WorkerTimeouts.jobTimeout().toSeconds() + " s (set -D" + WorkerTimeouts.PROPERTY + " to change it)");
        }
        if (LinePipe.END.equals(line)) {
            throw new WorkerFailedException("worker JVM pid " + pid() + " " + exitDescription() + " before answering");
        }
        if (line.startsWith("OK ")) {
            try {
                return Long.parseLong(line.substring(3).trim());
            } catch (NumberFormatException e) {
                // falls through to the garbage report
            }
        }
        if (line.startsWith("ERR ")) {
            throw new WorkerFailedException("worker JVM pid " + pid() + " failed: " + line.substring(4));
        }
        throw new WorkerFailedException("worker JVM pid " + pid() + " wrote '" + LinePipe.abbreviate(line)
                + "' where 'OK <checksum>' was expected");
    }

    /** Closes the worker's stdin, which makes it exit, and waits for it; destroys it if it lingers. */
    @Override
    public void close() {
        Lifeline.closeAndWait(process, pipe);
    }

    /** Destroys the worker at once and waits for it to be gone. */
    void kill() {
        Lifeline.destroyAndWait(process);
    }

    private String exitDescription() {
        return Lifeline.exitDescription(process, 200);
    }
}

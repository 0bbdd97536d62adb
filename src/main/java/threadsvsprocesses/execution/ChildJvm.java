package threadsvsprocesses.execution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A worker JVM ({@link WorkerMain}) started from this JVM's own java binary and class path, talked to over pipes:
 * job lines go to its stdin, {@code OK <checksum>} lines come back on its stdout.
 *
 * <p>The worker exits as soon as its stdin closes, so a parent that dies, even by SIGKILL, leaves none behind:
 * the kernel closes the pipe and the worker sees end-of-file. {@link #close()} does the same on purpose and waits
 * for the exit, destroying the worker if it does not go within two seconds ({@link Lifeline}).
 */
final class ChildJvm implements AutoCloseable {

    private static final String END_OF_OUTPUT = "\u0000end-of-output";

    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ChildJvm(Process process) {
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        // The worker's stdout must always be drained, or it blocks once the 64 KiB pipe is full.
        Thread reader = new Thread(this::drainStdout, "worker-" + process.pid() + "-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a worker JVM; its stderr goes to ours, so its errors show in the run's log. */
    static ChildJvm start() throws IOException {
        Process p = new ProcessBuilder(command()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new ChildJvm(p);
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
            stdin.write(line);
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            throw new WorkerFailedException("worker JVM pid " + pid() + " is gone (" + exitDescription()
                    + "); could not send it work: " + e.getMessage(), e);
        }
    }

    /** Waits until {@code deadlineNanos} (a {@link System#nanoTime()} value) for the worker's next result. */
    long receiveResult(long deadlineNanos) throws WorkerFailedException, InterruptedException {
        String line = lines.poll(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (line == null) {
            throw new WorkerFailedException("worker JVM pid " + pid() + " did not answer within the job timeout of "
                    + WorkerTimeouts.jobTimeout().toSeconds() + " s (set -D" + WorkerTimeouts.PROPERTY + " to change it)");
        }
        if (END_OF_OUTPUT.equals(line)) {
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
        throw new WorkerFailedException("worker JVM pid " + pid() + " wrote '" + abbreviate(line)
                + "' where 'OK <checksum>' was expected");
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

    private void drainStdout() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException ignored) {
            // the worker is gone; the sentinel below says so
        } finally {
            lines.add(END_OF_OUTPUT);
        }
    }

    private String exitDescription() {
        try {
            if (process.waitFor(200, TimeUnit.MILLISECONDS)) {
                return "exited with code " + process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "closed its output";
    }

    private static String abbreviate(String s) {
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 80 ? printable.substring(0, 80) + "..." : printable;
    }
}

package threadsvsprocesses.experiments.child;

import threadsvsprocesses.execution.JavaCommand;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM started from this JVM's own java binary and class path, running a main class of the experiments.
 * Its stdin is its lifeline: every child main of the experiments exits when its stdin closes
 * ({@link StdinLifeline}), so a parent that dies, even by SIGKILL, leaves no child behind.
 * {@link #close()} closes stdin on purpose, waits for the exit and destroys the child if it lingers.
 *
 * <p>The child's stderr goes to ours; its stdout is a pipe the caller reads (a ready line, or the data channel).
 */
public final class ChildJvm implements AutoCloseable {

    /** The line a child main prints on stdout once it is up and ready. */
    public static final String READY = "READY";

    private static final Duration EXIT_GRACE = Duration.ofSeconds(2);

    private final Process process;

    private ChildJvm(Process process) {
        this.process = process;
    }

    /** Starts {@code mainClass} with {@code args} in a child JVM. */
    public static ChildJvm start(Class<?> mainClass, String... args) throws IOException {
        Process p = new ProcessBuilder(JavaCommand.forMain(mainClass, args)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new ChildJvm(p);
    }

    /**
     * Reads the child's first line from its stdout and checks that it is {@link #READY}; the child is then up.
     * A child that dies first gives end-of-file here, reported with its exit code.
     */
    public void awaitReady() throws IOException {
        InputStream out = process.getInputStream();
        StringBuilder line = new StringBuilder();
        int c;
        // Byte by byte, so that nothing after the line (data, on an echo child's stdout) is read ahead and lost.
        while ((c = out.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        if (!READY.contentEquals(line)) {
            throw new IOException("child JVM pid " + pid() + " "
                    + (c == -1 ? exitDescription() + " before it was ready" : "wrote '" + line + "' where " + READY
                    + " was expected"));
        }
    }

    public long pid() {
        return process.pid();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** The child's stdin (our writing end of its pipe). */
    public OutputStream stdin() {
        return process.getOutputStream();
    }

    /** The child's stdout (our reading end of its pipe). */
    public InputStream stdout() {
        return process.getInputStream();
    }

    /** Waits up to {@code millis} for the child to exit; its exit code, or -1 if it still runs. */
    public int awaitExit(long millis) throws InterruptedException {
        return process.waitFor(millis, TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** Closes the child's stdin, which makes it exit, and waits for it; destroys it if it lingers. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }

    private void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String exitDescription() {
        try {
            if (process.waitFor(500, TimeUnit.MILLISECONDS)) {
                return "exited with code " + process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "closed its output";
    }
}

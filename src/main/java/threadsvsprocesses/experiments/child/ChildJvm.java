package threadsvsprocesses.experiments.child;

import threadsvsprocesses.execution.JavaCommand;
import threadsvsprocesses.execution.Lifeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM started as the suite starts its children ({@link JavaCommand#forMain}), running a main class of the
 * experiments.
 * Its stdin is its lifeline: every child main of the experiments exits when its stdin closes
 * ({@link StdinLifeline}), so a parent that dies, even by SIGKILL, leaves no child behind.
 * {@link #close()} closes stdin on purpose, waits for the exit and destroys the child if it lingers ({@link Lifeline}).
 *
 * <p>The child's stderr goes to ours; its stdout is a pipe the caller reads (a ready line, or the data channel).
 */
public final class ChildJvm implements AutoCloseable {

    /** The line a child main prints on stdout once it is up and ready. */
    public static final String READY = "READY";

    private final Process process;

    private ChildJvm(Process process) {
        this.process = process;
    }

    /** Starts {@code mainClass} with {@code args} in a child JVM. */
    public static ChildJvm start(Class<?> mainClass, String... args) throws IOException {
        return start(List.of(), mainClass, args);
    }

    /** Starts {@code mainClass} with {@code args} in a child JVM given {@code jvmFlags} of its own (a heap size). */
    public static ChildJvm start(List<String> jvmFlags, Class<?> mainClass, String... args) throws IOException {
        Process p = new ProcessBuilder(JavaCommand.forMain(jvmFlags, mainClass, args))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
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
        Lifeline.closeAndWait(process, process.getOutputStream());
    }

    /** Destroys the child at once and waits for it to be gone. */
    public void kill() {
        Lifeline.destroyAndWait(process);
    }

    /** "exited with code N" if the child exits within half a second, else "closed its output"; for error messages. */
    public String exitDescription() {
        return Lifeline.exitDescription(process, 500);
    }
}

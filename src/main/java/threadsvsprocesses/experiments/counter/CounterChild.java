package threadsvsprocesses.experiments.counter;

import threadsvsprocesses.execution.WorkerFailedException;
import threadsvsprocesses.execution.WorkerTimeouts;
import threadsvsprocesses.experiments.child.ChildJvm;

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
 * The parent's side of one {@link CounterChildMain} JVM: lines go to its stdin, its answers come back from its
 * stdout. {@link #close()} closes its stdin, which makes it exit, and destroys it if it has not gone in two seconds
 * ({@link ChildJvm#close()}).
 */
final class CounterChild implements AutoCloseable {

    private static final String END_OF_OUTPUT = "\u0000end-of-output";

    private final ChildJvm child;
    private final Writer stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private CounterChild(ChildJvm child) {
        this.child = child;
        this.stdin = new OutputStreamWriter(child.stdin(), StandardCharsets.UTF_8);
        // The child's stdout must always be drained, or it blocks once the pipe is full.
        Thread reader = new Thread(this::drainStdout, "counter-child-" + child.pid() + "-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a child JVM with these arguments; its stderr goes to ours, so its errors show in the run's log. */
    static CounterChild start(List<String> args) throws IOException {
        return new CounterChild(ChildJvm.start(CounterChildMain.class, args.toArray(String[]::new)));
    }

    /** A deadline for an answer, {@code WorkerTimeouts.jobTimeout()} from now, as a {@link System#nanoTime()} value. */
    static long deadlineNanos() {
        return System.nanoTime() + WorkerTimeouts.jobTimeout().toNanos();
    }

    ProcessHandle handle() {
        return child.handle();
    }

    void send(String line) throws WorkerFailedException {
        try {
            stdin.write(line);
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            throw new WorkerFailedException("counter child JVM pid " + child.pid() + " is gone ("
                    + child.exitDescription() + "); could not send it '" + line + "': " + e.getMessage(), e);
        }
    }

    /** Waits until the deadline for the child's next line, which must start with {@code prefix}; returns the rest. */
    String receive(String prefix, long deadlineNanos) throws WorkerFailedException, InterruptedException {
        String line = lines.poll(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (line == null) {
            throw new WorkerFailedException("counter child JVM pid " + child.pid() + " did not answer within "
                    + WorkerTimeouts.jobTimeout().toSeconds() + " s (set -D" + WorkerTimeouts.PROPERTY + " to change it)");
        }
        if (END_OF_OUTPUT.equals(line)) {
            throw new WorkerFailedException("counter child JVM pid " + child.pid() + " " + child.exitDescription()
                    + " before answering");
        }
        if (!line.startsWith(prefix)) {
            String shown = line.replaceAll("\\p{Cntrl}", "?");
            throw new WorkerFailedException("counter child JVM pid " + child.pid() + " answered '"
                    + (shown.length() > 80 ? shown.substring(0, 80) + "..." : shown) + "' where '" + prefix.trim()
                    + "' was expected");
        }
        return line.substring(prefix.length()).trim();
    }

    /** Closes the child's stdin, which makes it exit, and waits for it; destroys it if it lingers. */
    @Override
    public void close() {
        child.close();
    }

    /** Destroys the child at once and waits for it to be gone. */
    void kill() {
        child.kill();
    }

    private void drainStdout() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.stdout(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException ignored) {
            // the child is gone; the sentinel below says so
        } finally {
            lines.add(END_OF_OUTPUT);
        }
    }
}

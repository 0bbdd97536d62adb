package threadsvsprocesses.experiments.counter;

import threadsvsprocesses.execution.LinePipe;

import threadsvsprocesses.execution.WorkerFailedException;
import threadsvsprocesses.execution.WorkerTimeouts;
import threadsvsprocesses.experiments.child.ChildJvm;

import java.io.IOException;
import java.util.List;

/**
 * The parent's side of one {@link CounterChildMain} JVM: lines go to its stdin, its answers come back from its
 * stdout. {@link #close()} closes its stdin, which makes it exit, and destroys it if it has not gone in two seconds
 * ({@link ChildJvm#close()}).
 */
final class CounterChild implements AutoCloseable {

    private final ChildJvm child;
    private final LinePipe pipe;

    private CounterChild(ChildJvm child) {
        this.child = child;
        this.pipe = new LinePipe(child.stdin(), child.stdout(), "counter-child-" + child.pid() + "-stdout");
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
            pipe.send(line);
        } catch (IOException e) {
            throw new WorkerFailedException("counter child JVM pid " + child.pid() + " is gone ("
                    + child.exitDescription() + "); could not send it '" + line + "': " + e.getMessage(), e);
        }
    }

    /** Waits until the deadline for the child's next line, which must start with {@code prefix}; returns the rest. */
    String receive(String prefix, long deadlineNanos) throws WorkerFailedException, InterruptedException {
        String line = pipe.next(deadlineNanos);
        if (line == null) {
            throw new WorkerFailedException("counter child JVM pid " + child.pid() + " did not answer within "
                    + WorkerTimeouts.jobTimeout().toSeconds() + " s (set -D" + WorkerTimeouts.PROPERTY + " to change it)");
        }
        if (LinePipe.END.equals(line)) {
            throw new WorkerFailedException("counter child JVM pid " + child.pid() + " " + child.exitDescription()
                    + " before answering");
        }
        if (!line.startsWith(prefix)) {
            throw new WorkerFailedException("counter child JVM pid " + child.pid() + " answered '"
                    + LinePipe.abbreviate(line) + "' where '" + prefix.trim()
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
}

package threadsvsprocesses.execution;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The parent's side of a line protocol with a child process: lines go to its stdin, and its stdout is read by a
 * daemon thread into a queue, so the child never blocks on a full pipe and the parent can wait for an answer with a
 * deadline. The callers (pool workers, counter children) read and judge the lines; this class only moves them.
 */
public final class LinePipe implements Closeable {

    /** What {@link #next} returns once the child's stdout has closed (it exited or closed it). */
    public static final String END = "\u0000end-of-output";

    private final Writer stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    /**
     * @param stdin  the child's stdin (our writing end)
     * @param stdout the child's stdout (our reading end), drained from now on
     * @param name   the reading thread's name
     */
    public LinePipe(OutputStream stdin, InputStream stdout, String name) {
        this.stdin = new OutputStreamWriter(stdin, StandardCharsets.UTF_8);
        // The child's stdout must always be drained, or it blocks once the 64 KiB pipe is full.
        Thread reader = new Thread(() -> drain(stdout), name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Writes one line and flushes it. */
    public void send(String line) throws IOException {
        stdin.write(line);
        stdin.write('\n');
        stdin.flush();
    }

    /**
     * The child's next line, waiting until {@code deadlineNanos} (a {@link System#nanoTime()} value): null if none
     * came by then, {@link #END} if its stdout closed first.
     */
    public String next(long deadlineNanos) throws InterruptedException {
        return lines.poll(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** Closes the child's stdin: every child of the suite exits when it does ({@link Lifeline}). */
    @Override
    public void close() throws IOException {
        stdin.close();
    }

    /** A line for an error message: control characters shown as '?', at most 80 characters. */
    public static String abbreviate(String s) {
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 80 ? printable.substring(0, 80) + "..." : printable;
    }

    private void drain(InputStream stdout) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException ignored) {
            // the child is gone; END says so
        } finally {
            lines.add(END);
        }
    }
}

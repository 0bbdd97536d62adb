package threadsvsprocesses.execution;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Both ends of the stdin lifeline that keeps every child JVM from outliving its parent: the child exits the moment
 * its stdin closes ({@link #stdinLines()}), and the parent ends a child by closing that stdin, waiting, and
 * destroying it only if it lingers ({@link #closeAndWait}). A parent that dies, even by SIGKILL, leaves no child
 * behind: the kernel closes the pipe and the child sees end-of-file.
 */
public final class Lifeline {

    /** How long a child may take to exit after its stdin closed, and again after it was destroyed. */
    private static final Duration EXIT_GRACE = Duration.ofSeconds(2);

    private Lifeline() {
    }

    /**
     * Child side, for a child that reads commands on stdin: a daemon thread puts each stdin line on the returned
     * queue and halts this JVM the moment stdin closes, even in the middle of a command: the parent closed it on
     * purpose, or died, and in neither case does anyone want the answer.
     */
    public static BlockingQueue<String> stdinLines() {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread watcher = new Thread(() -> forwardUntilEof(lines), "stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
        return lines;
    }

    /**
     * Parent side: closes the child's {@code stdin} (its end of the pipe, or a writer on it), which makes the child
     * exit, and waits for the exit; destroys the child if it does not go within two seconds or if the wait is
     * interrupted (the interrupt is kept).
     */
    public static void closeAndWait(Process process, Closeable stdin) {
        try {
            stdin.close();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                destroyAndWait(process);
            }
        } catch (InterruptedException e) {
            destroyAndWait(process);
            Thread.currentThread().interrupt();
        }
    }

    /** Parent side: destroys the child at once and waits up to two seconds for it to be gone. */
    public static void destroyAndWait(Process process) {
        process.destroyForcibly();
        try {
            process.waitFor(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * For error messages: "exited with code N" if the child exits within {@code millis}, else "closed its output"
     * (it stopped answering but still runs).
     */
    public static String exitDescription(Process process, long millis) {
        try {
            if (process.waitFor(millis, TimeUnit.MILLISECONDS)) {
                return "exited with code " + process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "closed its output";
    }

    private static void forwardUntilEof(BlockingQueue<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException ignored) {
            // a broken stdin means the same as a closed one
        }
        Runtime.getRuntime().halt(0);
    }
}

package threadsvsprocesses.experiments.child;

import threadsvsprocesses.execution.Lifeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.BlockingQueue;

/**
 * The child side of {@link ChildJvm}'s lifeline: a daemon thread reads stdin and halts this JVM the moment it
 * closes. The parent closed it on purpose, or died (the kernel closes the pipe even after SIGKILL); in neither
 * case should the child live on.
 */
public final class StdinLifeline {

    private StdinLifeline() {
    }

    /**
     * Starts the watching thread for a child that reads commands on stdin: each line goes on the returned queue,
     * and the JVM halts when stdin closes, even in the middle of a command.
     */
    public static BlockingQueue<String> linesUntilClosed() {
        return Lifeline.stdinLines();
    }

    /** Starts the watching thread; for a child that does not read stdin itself. */
    public static void exitWhenClosed() {
        Thread watcher = new Thread(StdinLifeline::readUntilEof, "stdin-lifeline");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void readUntilEof() {
        byte[] discard = new byte[256];
        try {
            InputStream in = System.in;
            while (in.read(discard) != -1) {
                // nothing is expected on stdin; whatever comes is ignored
            }
        } catch (IOException ignored) {
            // a broken stdin means the same as a closed one
        }
        Runtime.getRuntime().halt(0);
    }
}

package threadsvsprocesses.experiments.counter;

import threadsvsprocesses.experiments.child.ChildJvm;
import threadsvsprocesses.experiments.child.StdinLifeline;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;

/**
 * The main class of a counter child JVM: {@code private} (it counts on a counter of its own) or
 * {@code mapped <file>} (it adds to the long at the start of that file, shared with its parent and siblings).
 *
 * <p>It answers {@code READY} once set up; then for each {@code ADD <n>} line on stdin it adds 1 n times and
 * answers {@code DONE <increments it made>} (or {@code ERR <reason>}) on stdout. A watcher thread
 * ({@link StdinLifeline}) halts the JVM the moment stdin closes, so a parent that closes the pipe, or dies, even by
 * SIGKILL, leaves no child behind.
 */
public final class CounterChildMain {

    static final String READY = ChildJvm.READY;
    static final String ADD = "ADD ";
    static final String DONE = "DONE ";

    /** This process's own counter in the private variant; no other process can see it. */
    private static volatile long ownCounter;

    private CounterChildMain() {
    }

    public static void main(String[] args) throws Exception {
        MappedLong shared = null;
        if (args.length == 2 && args[0].equals("mapped")) {
            shared = MappedLong.map(Path.of(args[1]));
        } else if (args.length != 1 || !args[0].equals("private")) {
            System.err.println("counter child: expected arguments 'private' or 'mapped <file>', got " + String.join(" ", args));
            System.exit(2);
        }
        BlockingQueue<String> commands = StdinLifeline.linesUntilClosed();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println(READY);
        out.flush();
        while (true) {
            out.println(answer(commands.take(), shared));
            out.flush();
        }
    }

    private static String answer(String command, MappedLong shared) {
        if (!command.startsWith(ADD)) {
            return "ERR expected 'ADD <increments>', got '" + command + "'";
        }
        long n;
        try {
            n = Long.parseLong(command.substring(ADD.length()).trim());
        } catch (NumberFormatException e) {
            return "ERR non-numeric increments in '" + command + "'";
        }
        return DONE + (shared != null ? shared.addOnes(n) : addToOwnCounter(n));
    }

    /**
     * The private variant: the same racy-looking {@code x = x + 1} on a volatile field as the unsynchronized thread
     * variant (volatile so the JIT does not fold the loop into one add), but on a counter only this process has.
     */
    private static long addToOwnCounter(long n) {
        ownCounter = 0;
        for (long i = 0; i < n; i++) {
            ownCounter = ownCounter + 1;
        }
        return ownCounter;
    }
}

package threadsvsprocesses.experiments.counter;

import threadsvsprocesses.experiments.child.ChildJvm;
import threadsvsprocesses.experiments.child.StdinLifeline;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;

/**
 * The main class of a counter child JVM: {@code <mode> <counter file>} ({@link Mode}). It maps the file's start
 * gate shared and its counter shared or private, as the mode says.
 *
 * <p>It answers {@code READY} once set up; then for each {@code ADD <n> <round>} line on stdin it answers
 * {@code ARMED}, waits (spinning) until the parent opens the gate for that round, so that every child starts counting
 * at the same moment, as the threads do behind their start latch; adds 1 n times; and answers {@code DONE <count>}
 * (or {@code ERR <reason>}) on stdout. A watcher thread ({@link StdinLifeline}) halts the JVM the moment stdin
 * closes, so a parent that closes the pipe, or dies, even by SIGKILL, leaves no child behind.
 */
public final class CounterChildMain {

    static final String READY = ChildJvm.READY;
    static final String ADD = "ADD ";
    static final String ARMED = "ARMED";
    static final String DONE = "DONE ";

    /** How a child holds the counter. */
    enum Mode {
        /**
         * A private copy of the parent's counter page (copy-on-write), as a forked process has its own copy of a
         * global: the same racy {@code x = x + 1} as the unsynchronized threads, on a counter only this process sees.
         * It answers the value of its own copy, which must be all its increments.
         */
        PRIVATE("private"),
        /** The parent's counter page, shared, with an atomic add per increment. */
        MAPPED("mapped"),
        /**
         * For tests: the private variant's racy adds, but on the shared page, as if the copy were not private. The
         * parent then sees the children's increments, and the check that private processes share nothing fails.
         */
        LEAKY("leaky");

        final String arg;

        Mode(String arg) {
            this.arg = arg;
        }

        static Mode of(String arg) {
            for (Mode m : values()) {
                if (m.arg.equals(arg)) {
                    return m;
                }
            }
            return null;
        }
    }

    private CounterChildMain() {
    }

    public static void main(String[] args) throws Exception {
        Mode mode = args.length == 2 ? Mode.of(args[0]) : null;
        if (mode == null) {
            System.err.println("counter child: expected arguments '<private|mapped|leaky> <counter file>', got "
                    + String.join(" ", args));
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        MappedLong gate = MappedLong.map(file, MappedLong.GATE, false);
        MappedLong counter = MappedLong.map(file, MappedLong.COUNTER, mode == Mode.PRIVATE);
        BlockingQueue<String> commands = StdinLifeline.linesUntilClosed();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println(READY);
        out.flush();
        while (true) {
            String command = commands.take();
            long[] round = parse(command);
            if (round == null) {
                out.println("ERR expected 'ADD <increments> <round>', got '" + command + "'");
                out.flush();
                continue;
            }
            if (mode == Mode.PRIVATE) {
                counter.set(0); // this process's own copy; the parent resets the shared one
            }
            out.println(ARMED);
            out.flush();
            gate.awaitAtLeast(round[1]);
            long made = mode == Mode.MAPPED ? counter.addOnes(round[0]) : counter.addOnesRacily(round[0]);
            out.println(DONE + (mode == Mode.PRIVATE ? counter.get() : made));
            out.flush();
        }
    }

    /** {increments, round} of an {@code ADD <n> <round>} line, or null if it is not one. */
    static long[] parse(String command) {
        if (!command.startsWith(ADD)) {
            return null;
        }
        String[] parts = command.substring(ADD.length()).trim().split(" ");
        try {
            long n = Long.parseLong(parts[0]);
            long round = Long.parseLong(parts[1]);
            return parts.length == 2 && n >= 0 && round > 0 ? new long[] {n, round} : null;
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }
}

package threadsvsprocesses.execution;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;

/**
 * The main class of a worker JVM. It reads job lines ({@code RUN COUNTDOWN 0 2500 0}) from stdin, runs each on
 * its main thread, and answers {@code OK <checksum>} or {@code ERR <reason>} on stdout, one line per job.
 *
 * <p>A watcher thread ({@link Lifeline#stdinLines()}) reads stdin and halts the JVM the moment stdin closes, even
 * in the middle of a job: the parent closed it on purpose, or died, and in neither case does anyone want the
 * answer. This is what makes a killed parent leave no worker behind.
 *
 * <p>For fault-injection tests it also understands {@code CRASH <status>} (exit at once), {@code GARBAGE} (answer
 * nonsense) and {@code HANG} (never answer).
 */
public final class WorkerMain {

    private WorkerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<String> commands = Lifeline.stdinLines();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        while (true) {
            String command = commands.take();
            out.println(answer(command));
            out.flush();
        }
    }

    private static String answer(String command) throws InterruptedException {
        if (command.startsWith("CRASH")) {
            Runtime.getRuntime().halt(parseStatus(command));
        } else if (command.equals("GARBAGE")) {
            return "\u0001garbage\u0002";
        } else if (command.equals("HANG")) {
            Thread.sleep(Long.MAX_VALUE);
        }
        try {
            return "OK " + Job.parse(command).run();
        } catch (RuntimeException e) {
            return "ERR " + String.valueOf(e.getMessage()).replace('\n', ' ');
        }
    }

    private static int parseStatus(String command) {
        String[] parts = command.split(" ");
        try {
            return parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}

package threadsvsprocesses.run;

import threadsvsprocesses.execution.ProcessPool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The process pools a cell rebuilt after a worker JVM ended ({@link ProcessPool#REBUILT}, one line each in the file
 * that {@link ProcessPool#EVENTS_PROPERTY} names for a JMH batch), and the note its measured cell then carries in
 * place of a reason: a reader must know that one operation ran twice and that its time, if it was measured,
 * includes starting the pool.
 */
public final class PoolRebuilds {

    /** How the note begins (the console marks such a cell by it). */
    public static final String NOTE = "process pool rebuilt: ";

    private PoolRebuilds() {
    }

    /** Why each rebuild written to {@code events} happened, in order, deleting the file; empty if there is none. */
    static List<String> take(Path events) throws IOException {
        if (!Files.isRegularFile(events)) {
            return List.of();
        }
        String text = Files.readString(events, StandardCharsets.UTF_8);
        Files.delete(events);
        return in(text);
    }

    /** Why each rebuild named in {@code output} happened, in order; empty if the cell rebuilt no pool. */
    static List<String> in(String output) {
        List<String> reasons = new ArrayList<>();
        int at = output.indexOf(ProcessPool.REBUILT);
        while (at >= 0) {
            int end = output.indexOf('\n', at);
            String line = output.substring(at + ProcessPool.REBUILT.length(), end < 0 ? output.length() : end);
            reasons.add(line.strip());
            at = output.indexOf(ProcessPool.REBUILT, at + 1);
        }
        return reasons;
    }

    /**
     * The note of a measured cell whose forks rebuilt pools for {@code reasons}; empty if there are none. "process
     * pool rebuilt: a worker JVM ended (worker JVM pid 123 exited with code 137 before answering); the operation ran
     * again on fresh, warmed workers, so its time, if it was a measured one, includes the rebuild".
     */
    static String note(List<String> reasons) {
        if (reasons.isEmpty()) {
            return "";
        }
        String forks = reasons.size() == 1 ? "" : " (in " + reasons.size() + " forks; a pool is rebuilt once at most)";
        return NOTE + "a worker JVM ended (" + reasons.get(0) + ")" + forks + "; the operation ran again on fresh,"
                + " warmed workers, so its time, if it was a measured one, includes the rebuild";
    }
}

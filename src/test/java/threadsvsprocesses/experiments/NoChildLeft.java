package threadsvsprocesses.experiments;

import threadsvsprocesses.ProcessChecks;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check every experiment test ends with: no child process of this JVM is still running. */
public final class NoChildLeft {

    private NoChildLeft() {
    }

    /** Fails if a descendant of this JVM still runs after {@code millis} (exited ones need a moment to be reaped). */
    public static void assertNoChildLeft(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        List<ProcessHandle> running = running();
        while (!running.isEmpty() && System.currentTimeMillis() < end) {
            Thread.sleep(50);
            running = running();
        }
        List<ProcessHandle> left = running;
        assertTrue(left.isEmpty(), () -> "child processes left: " + left.stream()
                .map(h -> h.pid() + " " + h.info().commandLine().orElse("?") + " " + ProcessChecks.procStatus(h.pid()))
                .toList());
    }

    /** Waits up to {@code millis} until none of {@code handles} runs; true if none does. */
    public static boolean waitUntilGone(List<ProcessHandle> handles, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (handles.stream().anyMatch(ProcessChecks::isRunning) && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        return handles.stream().noneMatch(ProcessChecks::isRunning);
    }

    private static List<ProcessHandle> running() {
        return ProcessHandle.current().descendants().filter(ProcessChecks::isRunning).toList();
    }
}

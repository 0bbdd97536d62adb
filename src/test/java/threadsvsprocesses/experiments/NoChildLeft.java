package threadsvsprocesses.experiments;

import threadsvsprocesses.ProcessChecks;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The experiments' tests end with: no child process of this JVM is still running. */
public final class NoChildLeft {

    private NoChildLeft() {
    }

    /** Fails unless every descendant of this JVM is gone within {@code millis}. */
    public static void assertNoChildLeft(long millis) throws InterruptedException {
        assertTrue(waitUntilGone(ProcessHandle.current().descendants().toList(), millis),
                () -> "child processes left: " + ProcessHandle.current().descendants()
                        .filter(ProcessChecks::isRunning).map(ProcessHandle::pid).toList());
    }

    /** Waits up to {@code millis} until none of {@code handles} runs; true if none does. */
    public static boolean waitUntilGone(List<ProcessHandle> handles, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (handles.stream().noneMatch(ProcessChecks::isRunning)) {
                return true;
            }
            Thread.sleep(20);
        }
        return handles.stream().noneMatch(ProcessChecks::isRunning);
    }
}

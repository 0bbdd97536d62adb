package threadsvsprocesses;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What tests need to know about a process: whether it still runs. */
public final class ProcessChecks {

    private ProcessChecks() {
    }

    /**
     * Alive and not a zombie. An orphan that has exited stays a zombie until PID 1 reaps it, which some container
     * inits do late; {@code isAlive()} still says true for it, though it runs nothing and holds no memory.
     */
    public static boolean isRunning(ProcessHandle handle) {
        return handle.isAlive() && !procStatus(handle.pid()).contains("State:\tZ");
    }

    /** The State and PPid lines of /proc/<pid>/status, for failure messages. */
    public static String procStatus(long pid) {
        try {
            return String.join(" ", Files.readString(Path.of("/proc/" + pid + "/status")).lines()
                    .filter(l -> l.startsWith("State") || l.startsWith("PPid")).toList());
        } catch (IOException e) {
            return "no /proc entry";
        }
    }
}

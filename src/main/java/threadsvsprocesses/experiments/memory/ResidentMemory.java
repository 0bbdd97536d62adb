package threadsvsprocesses.experiments.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resident memory (VmRSS) of a process, read from Linux's {@code /proc/<pid>/status}: the pages of the process
 * that are in RAM, which is what the machine really pays for a thread's stack or a JVM's heap, as opposed to
 * reserved address space (a platform thread reserves a megabyte of stack but touches a few pages).
 */
public final class ResidentMemory {

    /** What {@link #ofSelf()} and {@link #ofProcess(long)} return where /proc is absent (macOS, Windows). */
    public static final long UNKNOWN = -1;

    private ResidentMemory() {
    }

    /** True where this JVM can read its own VmRSS. */
    public static boolean available() {
        return ofSelf() != UNKNOWN;
    }

    /** This JVM's resident memory in bytes, or {@link #UNKNOWN}. */
    public static long ofSelf() {
        return read(Path.of("/proc/self/status"));
    }

    /** The resident memory of process {@code pid} in bytes, or {@link #UNKNOWN} (no /proc, or the process is gone). */
    public static long ofProcess(long pid) {
        return read(Path.of("/proc", Long.toString(pid), "status"));
    }

    private static long read(Path status) {
        try {
            return parseVmRss(Files.readString(status));
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    /** The {@code VmRSS:   12345 kB} line of a status text, in bytes; {@link #UNKNOWN} without such a line. */
    static long parseVmRss(String statusText) {
        for (String line : statusText.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
                long value = Long.parseLong(parts[0]);
                if (parts.length < 2 || !parts[1].equalsIgnoreCase("kB")) {
                    throw new IllegalArgumentException("VmRSS line '" + line + "' is not in kB");
                }
                return value * 1024;
            }
        }
        return UNKNOWN;
    }
}

package threadsvsprocesses.experiments.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The memory a process holds, read from Linux's {@code /proc}, by the three measures that answer different
 * questions, and what the kernel keeps for it beside them:
 * <ul>
 *   <li>{@code rss}: its pages in RAM (VmRSS), shared ones counted in full in every process that maps them;</li>
 *   <li>{@code pss}: each shared page divided among the processes that map it (Pss): the processes' sum is the
 *       machine's total;</li>
 *   <li>{@code uss}: the pages only it maps (Private_Clean + Private_Dirty): what the machine gets back when it
 *       exits, i.e. what one more such process costs;</li>
 *   <li>{@code pageTables}: its page tables (VmPTE), kernel memory that grows with what it maps.</li>
 * </ul>
 * The first three come from {@code /proc/<pid>/smaps_rollup} (Linux 4.14+); where it is missing, only rss is known
 * (VmRSS of {@code /proc/<pid>/status}) and pss and uss are {@link #UNKNOWN}. The kernel's stacks (16 KiB per
 * thread on x86-64 and arm64) belong to no process's figures: {@link #kernelStackBytes()} reads the machine's total.
 */
public record ProcessMemory(long rss, long pss, long uss, long pageTables) {

    /** A figure /proc does not give here. */
    public static final long UNKNOWN = -1;

    /** This JVM's memory, if /proc has it. */
    public static Optional<ProcessMemory> ofSelf() {
        return of(Path.of("/proc/self"));
    }

    /** The memory of process {@code pid}, if /proc has it (and the process still runs). */
    public static Optional<ProcessMemory> ofProcess(long pid) {
        return of(Path.of("/proc", Long.toString(pid)));
    }

    /** True where this JVM can read its own memory. */
    public static boolean available() {
        return ofSelf().isPresent();
    }

    /** The kernel stacks of every thread on the machine, in bytes ({@code KernelStack} of /proc/meminfo), or UNKNOWN. */
    public static long kernelStackBytes() {
        try {
            return kiloBytes(Files.readString(Path.of("/proc/meminfo")), "KernelStack:");
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    private static Optional<ProcessMemory> of(Path proc) {
        try {
            String status = Files.readString(proc.resolve("status"));
            String rollup;
            try {
                rollup = Files.readString(proc.resolve("smaps_rollup"));
            } catch (IOException e) {
                rollup = "";
            }
            ProcessMemory m = parse(status, rollup);
            return m.rss() == UNKNOWN ? Optional.empty() : Optional.of(m);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The figures of a status text and a smaps_rollup text (empty where absent). */
    static ProcessMemory parse(String status, String rollup) {
        long pageTables = kiloBytes(status, "VmPTE:");
        long rss = kiloBytes(rollup, "Rss:");
        long pss = kiloBytes(rollup, "Pss:");
        long clean = kiloBytes(rollup, "Private_Clean:");
        long dirty = kiloBytes(rollup, "Private_Dirty:");
        if (rss == UNKNOWN || pss == UNKNOWN || clean == UNKNOWN || dirty == UNKNOWN) {
            return new ProcessMemory(kiloBytes(status, "VmRSS:"), UNKNOWN, UNKNOWN, pageTables);
        }
        return new ProcessMemory(rss, pss, clean + dirty, pageTables);
    }

    /** The {@code <key>   12345 kB} line of a /proc text, in bytes; UNKNOWN without such a line. */
    static long kiloBytes(String text, String key) {
        for (String line : text.split("\n")) {
            if (line.startsWith(key)) {
                String[] parts = line.substring(key.length()).trim().split("\\s+");
                if (parts.length < 2 || !parts[1].equalsIgnoreCase("kB")) {
                    throw new IllegalArgumentException("'" + line + "' is not in kB");
                }
                return Long.parseLong(parts[0]) * 1024;
            }
        }
        return UNKNOWN;
    }

    /** This minus {@code before}, figure by figure (UNKNOWN where either is). */
    ProcessMemory minus(ProcessMemory before) {
        return new ProcessMemory(sub(rss, before.rss), sub(pss, before.pss), sub(uss, before.uss),
                sub(pageTables, before.pageTables));
    }

    /** This plus {@code other}, figure by figure (UNKNOWN where either is). */
    ProcessMemory plus(ProcessMemory other) {
        return new ProcessMemory(add(rss, other.rss), add(pss, other.pss), add(uss, other.uss),
                add(pageTables, other.pageTables));
    }

    private static long sub(long a, long b) {
        return a == UNKNOWN || b == UNKNOWN ? UNKNOWN : a - b;
    }

    private static long add(long a, long b) {
        return a == UNKNOWN || b == UNKNOWN ? UNKNOWN : a + b;
    }
}

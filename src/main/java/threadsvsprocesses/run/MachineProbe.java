package threadsvsprocesses.run;

import threadsvsprocesses.run.MachineInfo;
import threadsvsprocesses.run.machine.MachineDetails;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Describes this machine and JVM for {@code machine.json}; JMH records none of the hardware. */
public final class MachineProbe {

    private MachineProbe() {
    }

    /** @param details the machine's topology, CPU state, limits and state at the start ({@link MachineDetails#read}) */
    public static MachineInfo describe(String runId, Instant startedAt, String profile, List<String> forkJvmArgs,
                                       MachineDetails details) {
        List<String> jvmArgs = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
        jvmArgs.addAll(forkJvmArgs);
        return new MachineInfo(runId, startedAt.toString(), hostName(), cpuModel(),
                Runtime.getRuntime().availableProcessors(), memoryBytes(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.vendor"), System.getProperty("java.runtime.version"),
                System.getProperty("java.home"), jvmArgs, profile, suiteVersion(), details);
    }

    public static String hostName() {
        String env = System.getenv("HOSTNAME");
        try {
            String name = InetAddress.getLocalHost().getHostName();
            if (name != null && !name.isBlank()) {
                return name;
            }
        } catch (IOException ignored) {
            // fall back below
        }
        return env != null && !env.isBlank() ? env : "unknown-host";
    }

    private static String cpuModel() {
        return readCpuInfo("model name").or(() -> readCpuInfo("Hardware")).or(() -> readCpuInfo("cpu model"))
                .orElse("unknown CPU (" + System.getProperty("os.arch") + ")");
    }

    private static Optional<String> readCpuInfo(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
                    return Optional.of(line.substring(colon + 1).trim());
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux, or not readable
        }
        return Optional.empty();
    }

    /** Physical memory in bytes, or -1 where the JVM cannot tell. */
    static long memoryBytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return -1;
    }

    static String suiteVersion() {
        String v = MachineProbe.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}

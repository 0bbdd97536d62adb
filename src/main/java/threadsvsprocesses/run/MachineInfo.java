package threadsvsprocesses.run;

import threadsvsprocesses.run.machine.MachineDetails;

import java.util.List;

/**
 * The machine and JVM a run measured on, saved as {@code machine.json} beside JMH's results (JMH records none of
 * the hardware). Every CSV row and chart title carries these facts, so results from several machines can be told
 * apart.
 *
 * @param runId       the run's id: its start time and host, also the name of its folders
 * @param startedAt   ISO-8601 instant the run started
 * @param host        host name
 * @param cpuModel    CPU model as the OS names it ("unknown" where it cannot be read)
 * @param cores       {@code Runtime.availableProcessors()} of the run's JVM
 * @param memoryBytes physical memory in bytes (-1 where unknown)
 * @param os          OS name, version and architecture
 * @param jvmVendor   vendor of the JVM that ran the benchmarks
 * @param jvmVersion  full runtime version of that JVM
 * @param javaHome    where that JVM lives
 * @param jvmArgs     flags of the JVM that ran the suite, then the flags given to JMH's forks
 * @param profile     the profile the run used (quick, standard, full, smoke)
 * @param suiteVersion the suite's version
 * @param details     topology, CPU state, limits and the machine's state at the start ({@link MachineDetails}); null
 *                    in a machine.json of an older version, and where only a results.csv was read
 */
public record MachineInfo(
        String runId,
        String startedAt,
        String host,
        String cpuModel,
        int cores,
        long memoryBytes,
        String os,
        String jvmVendor,
        String jvmVersion,
        String javaHome,
        List<String> jvmArgs,
        String profile,
        String suiteVersion,
        MachineDetails details) {

    /** Without the machine's details (an older machine.json's fields). */
    public MachineInfo(String runId, String startedAt, String host, String cpuModel, int cores, long memoryBytes, String os,
                       String jvmVendor, String jvmVersion, String javaHome, List<String> jvmArgs, String profile,
                       String suiteVersion) {
        this(runId, startedAt, host, cpuModel, cores, memoryBytes, os, jvmVendor, jvmVersion, javaHome, jvmArgs, profile,
                suiteVersion, null);
    }

    /** One line for chart subtitles and legends: host, CPU, cores, JVM. */
    public String describe() {
        return host + " \u00b7 " + cpuModel + " \u00b7 " + cores + " cores \u00b7 " + jvmVendor + " " + jvmVersion;
    }
}

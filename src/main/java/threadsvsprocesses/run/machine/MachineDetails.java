package threadsvsprocesses.run.machine;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine as far as it bears on the numbers, in {@code machine.json} beside the CPU model and core count: how its
 * CPUs are built ({@link Topology}), how they are driven ({@link CpuState}), what the run may use ({@link Limits}),
 * and how busy it was at the start ({@link StartState}). A figure that cannot be read is left out (null) and
 * {@code unknown} says why, by the figure's name: it is never guessed.
 *
 * @param unknown     why each missing figure is missing, by its name ({@code governor}, {@code cpuQuota}, ...)
 * @param distortions what would distort the run, as its header printed them ({@link Distortions}); empty if nothing
 *                    would, or not recorded
 */
public record MachineDetails(Topology topology, CpuState cpu, Limits limits, StartState start,
                             Map<String, String> unknown, List<Distortion> distortions) {

    /** How long the start of a run watches the machine for other work and steal. */
    public static final Duration START_SAMPLE = Duration.ofSeconds(1);

    public MachineDetails {
        unknown = unknown == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(unknown));
        distortions = distortions == null ? List.of() : List.copyOf(distortions);
    }

    /** These details with what would distort the run, as found for its cells. */
    public MachineDetails withDistortions(List<Distortion> found) {
        return new MachineDetails(topology, cpu, limits, start, unknown, found);
    }

    /**
     * Reads the machine's files; watches it for {@code sample} (zero: not at all) to see what else runs.
     *
     * @param tree the run's own processes, which are not "other processes"
     */
    public static MachineDetails read(SystemFiles files, ProcessTree tree, Duration sample) throws InterruptedException {
        Unknowns unknown = new Unknowns();
        Topology topology = Topology.read(files, unknown);
        CpuState cpu = CpuState.read(files, topology, unknown);
        Limits limits = Limits.read(files, unknown);
        StartState start = StartState.read(files, tree, sample, unknown);
        return new MachineDetails(topology, cpu, limits, start, unknown.ordered(), List.of());
    }

    /**
     * What a results.csv tells of a machine: its physical cores, threads per core and CPU quota (null where the file
     * does not say); everything else unknown.
     */
    public static MachineDetails ofColumns(Integer physicalCores, Integer threadsPerCore, Double cpuQuotaCores) {
        String notInCsv = "not in results.csv (see the run's machine.json)";
        Topology topology = new Topology(null, null, null, physicalCores, threadsPerCore, null, null, null, List.of(),
                List.of());
        Limits limits = new Limits(null, cpuQuotaCores == null ? null : "from results.csv", cpuQuotaCores, null, null,
                null, null);
        StartState start = new StartState(null, null, null, List.of(), null, null);
        return new MachineDetails(topology, new CpuState(null, null, null, null, null), limits, start,
                Map.of("*", notInCsv), List.of());
    }

    /** Why {@code figure} is unknown, or "unknown" where no reason was recorded (a machine.json of an older version). */
    public String whyUnknown(String figure) {
        return unknown.getOrDefault(figure, unknown.getOrDefault("*", "not recorded"));
    }
}

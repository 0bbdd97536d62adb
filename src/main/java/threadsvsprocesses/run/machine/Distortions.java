package threadsvsprocesses.run.machine;

import threadsvsprocesses.report.format.Figures;

import java.util.ArrayList;
import java.util.List;

/**
 * What would distort a run now, found in a machine's details: recent load, a busy process, steal, a powersave
 * governor, SMT siblings among the run's CPUs, a CPU quota below the core count, too little free memory for the
 * planned child JVMs. {@code check} prints them and exits 1 if there is any; every run prints them in its header.
 */
public final class Distortions {

    /** A load average over the last minute at or above this means other work ran lately. */
    public static final double LOAD_LIMIT = 0.5;

    private Distortions() {
    }

    /**
     * @param cores        the processors the JVM sees (what a run's "all cores" means)
     * @param memoryNeeded the memory the planned cells need at most at once, in bytes; 0 or less to skip that check
     */
    public static List<Distortion> of(MachineDetails d, int cores, long memoryNeeded) {
        List<Distortion> found = new ArrayList<>();
        StartState s = d.start();
        int cpus = d.topology().availableCpus() == null ? cores : CpuList.parse(d.topology().availableCpus()).size();
        if (s.loadAverage() != null && s.loadAverage().get(0) >= LOAD_LIMIT) {
            found.add(new Distortion("load", "the load average over the last minute is "
                    + Figures.number(s.loadAverage().get(0)) + " (limit " + Figures.number(LOAD_LIMIT) + ")",
                    "Other work ran lately; wait until the load falls, or find it with top"));
        }
        boolean named = false;
        for (StartState.BusyProcess p : s.busiest()) {
            if (p.cores() > NoiseLimit.CORES) {
                named = true;
                found.add(new Distortion("a busy process", p.name() + " (pid " + p.pid() + ") keeps "
                        + Figures.number(p.cores()) + " cores busy (limit " + Figures.number(NoiseLimit.CORES) + ")",
                        "Wait for it to end, or stop it; each cell measured beside it is marked noisy"));
            }
        }
        if (!named && s.foreignCpu() != null && NoiseLimit.exceeded(s.foreignCpu(), cpus)) {
            found.add(new Distortion("other processes", "together they use " + Figures.percent(s.foreignCpu(), 1)
                    + " of the run's " + cpus + " CPUs (limit " + Figures.percent(NoiseLimit.share(cpus), 1) + ")",
                    "Stop what runs beside the benchmarks (builds, browsers, indexers)"));
        }
        if (s.steal() != null && NoiseLimit.exceeded(s.steal(), cpus)) {
            found.add(new Distortion("steal", "the hypervisor took " + Figures.percent(s.steal(), 1) + " of the run's"
                    + " CPUs (limit " + Figures.percent(NoiseLimit.share(cpus), 1) + ")",
                    "Other guests share the host; run at a quieter time, or on a dedicated or larger instance"));
        }
        String governor = d.cpu().governor();
        if (governor != null && governor.contains(CpuState.POWERSAVE)) {
            found.add(new Distortion("a powersave governor", "the frequency governor is " + governor,
                    "Set performance (sudo cpupower frequency-set -g performance) so clocks do not depend on load"));
        }
        Integer onCores = d.topology().availablePhysicalCores();
        if (onCores != null && onCores < cpus) {
            found.add(new Distortion("SMT siblings", "the run's " + cpus + " CPUs sit on " + onCores
                    + (onCores == 1 ? " physical core" : " physical cores") + " (siblings " + String.join("; ",
                    d.topology().smtSiblings()) + ")", "Speedups beyond " + onCores + "x share cores: read them per"
                    + " physical core, or pin the run to one CPU per core (taskset -c)"));
        }
        Double quota = d.limits().cpuQuotaCores();
        if (quota != null && quota < cores) {
            found.add(new Distortion("a CPU quota below the core count", "the cgroup allows " + Figures.number(quota)
                    + " cores of time while the JVM sees " + cores + " cores", "Threads at all cores get throttled;"
                    + " raise the quota (docker --cpus), or read speedups against " + Figures.number(quota) + " cores"));
        }
        Long available = s.memoryAvailableBytes();
        Long limit = d.limits().memoryLimitBytes();
        long free = available == null ? -1 : limit == null ? available : Math.min(available, limit);
        if (memoryNeeded > 0 && free >= 0 && free < memoryNeeded) {
            found.add(new Distortion("too little free memory", Figures.bytes(free) + " available, the planned cells"
                    + " need about " + Figures.bytes(memoryNeeded) + " at once (child JVMs and a JMH fork)",
                    "Close programs, or plan fewer child JVMs at once (-p workers=..., -p holders=...)"));
        }
        return found;
    }
}

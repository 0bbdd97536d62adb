package threadsvsprocesses.run.machine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How busy the machine was when the run started: the load average, and over a short sample the share of the run's
 * CPUs that other processes and the hypervisor took, the busiest other processes (name and pid only) and the memory
 * still available. Null where a figure cannot be read (the {@code unknown} map says why).
 *
 * @param loadAverage          runnable tasks averaged over 1, 5 and 15 minutes ({@code /proc/loadavg})
 * @param foreignCpu           share (0 to 1) of the run's CPUs used by other processes during the sample
 * @param steal                share (0 to 1) of the run's CPUs taken by the hypervisor during the sample
 * @param busiest              the few busiest other processes during the sample, busiest first
 * @param memoryAvailableBytes memory available for new processes without swapping ({@code MemAvailable})
 * @param sampledMillis        how long the sample lasted
 */
public record StartState(List<Double> loadAverage, Double foreignCpu, Double steal, List<BusyProcess> busiest,
                         Long memoryAvailableBytes, Integer sampledMillis) {

    /** How many of the busiest other processes are named. */
    static final int BUSIEST = 3;

    /**
     * A process outside the run, and how much CPU it used during the sample.
     *
     * @param cores its CPU time over the sample's wall time: 1 = one core kept busy
     */
    public record BusyProcess(long pid, String name, double cores) {
    }

    static StartState read(SystemFiles files, ProcessTree tree, Duration sample, Unknowns unknown) throws InterruptedException {
        List<Double> load = loadAverage(files, unknown);
        Long available = memoryAvailable(files, unknown);
        if (sample.isZero()) {
            for (String figure : new String[] {"foreignCpu", "steal", "busiest"}) {
                unknown.add(figure, "not sampled");
            }
            return new StartState(load, null, null, List.of(), available, 0);
        }
        CpuReading before = CpuReading.now(files, tree);
        Map<Long, PidStat> processesBefore = processes(files);
        SystemFiles.Read statBefore = files.read("/proc/stat");
        Thread.sleep(sample.toMillis());
        CpuReading after = CpuReading.now(files, tree);
        Map<Long, PidStat> processesAfter = processes(files);
        SystemFiles.Read statAfter = files.read("/proc/stat");
        Double foreign = share(after.foreignSince(before), "foreignCpu", after, before, unknown);
        Double steal = share(after.stealSince(before), "steal", after, before, unknown);
        List<BusyProcess> busiest = List.of();
        double ticksPerCore = ticksPerCore(statBefore, statAfter);
        if (ticksPerCore > 0) {
            Set<Long> ours = tree.pids();
            busiest = busiest(processesBefore, processesAfter, ours, ticksPerCore);
        } else {
            unknown.add("busiest", statAfter.ok() ? "no time passed in /proc/stat" : statAfter.reason());
        }
        return new StartState(load, foreign, steal, busiest, available, (int) sample.toMillis());
    }

    private static Double share(double share, String figure, CpuReading after, CpuReading before, Unknowns unknown) {
        if (Double.isNaN(share)) {
            unknown.add(figure, !before.known() ? before.unknownBecause()
                    : !after.known() ? after.unknownBecause() : "no time passed in /proc/stat");
            return null;
        }
        return share;
    }

    /** Every process's stat line, by pid. */
    static Map<Long, PidStat> processes(SystemFiles files) {
        Map<Long, PidStat> all = new HashMap<>();
        for (String pid : files.list("/proc", "[0-9]*")) {
            if (pid.chars().allMatch(Character::isDigit)) {
                PidStat.of(files, Long.parseLong(pid)).ifPresent(s -> all.put(s.pid(), s));
            }
        }
        return all;
    }

    /** The other processes that used CPU between the two snapshots, busiest first, at most {@link #BUSIEST}. */
    static List<BusyProcess> busiest(Map<Long, PidStat> before, Map<Long, PidStat> after, Set<Long> ours,
                                     double ticksPerCore) {
        List<BusyProcess> busy = new ArrayList<>();
        for (PidStat now : after.values()) {
            PidStat then = before.get(now.pid());
            if (then == null || ours.contains(now.pid()) || !then.name().equals(now.name())) {
                continue;
            }
            long used = now.ownTicks() - then.ownTicks();
            if (used > 0) {
                busy.add(new BusyProcess(now.pid(), now.name(), used / ticksPerCore));
            }
        }
        busy.sort(Comparator.comparingDouble(BusyProcess::cores).reversed().thenComparingLong(BusyProcess::pid));
        return List.copyOf(busy.subList(0, Math.min(BUSIEST, busy.size())));
    }

    /** Clock ticks one CPU lived through between two /proc/stat texts: all CPUs' time over the count of CPUs. */
    private static double ticksPerCore(SystemFiles.Read before, SystemFiles.Read after) {
        if (!before.ok() || !after.ok()) {
            return 0;
        }
        try {
            Map<Integer, ProcStat.CpuTimes> a = ProcStat.perCpu(before.text());
            Map<Integer, ProcStat.CpuTimes> b = ProcStat.perCpu(after.text());
            long all = ProcStat.sum(b, b.keySet()).total() - ProcStat.sum(a, b.keySet()).total();
            return b.isEmpty() ? 0 : all / (double) b.size();
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    private static List<Double> loadAverage(SystemFiles files, Unknowns unknown) {
        String line = unknown.text("loadAverage", files.line("/proc/loadavg"));
        if (line == null) {
            return null;
        }
        String[] f = line.split("\\s+");
        try {
            return List.of(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]));
        } catch (RuntimeException e) {
            unknown.add("loadAverage", "/proc/loadavg holds '" + line + "', not three load averages");
            return null;
        }
    }

    private static Long memoryAvailable(SystemFiles files, Unknowns unknown) {
        String meminfo = unknown.text("memoryAvailableBytes", files.read("/proc/meminfo"));
        if (meminfo == null) {
            return null;
        }
        for (String line : meminfo.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f[0].equals("MemAvailable:") && f.length >= 2 && f[1].matches("[0-9]{1,15}")) {
                return Long.parseLong(f[1]) * (f.length > 2 && f[2].equals("kB") ? 1024 : 1);
            }
        }
        unknown.add("memoryAvailableBytes", "/proc/meminfo has no MemAvailable line (a kernel older than 3.14)");
        return null;
    }
}

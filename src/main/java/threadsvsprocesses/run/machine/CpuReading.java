package threadsvsprocesses.run.machine;

import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * The machine's CPU accounting at one instant, summed over the CPUs this run may use (its affinity): time busy,
 * time stolen by the hypervisor, all time, and the CPU time of the run's own process tree, all in clock ticks. Two
 * readings give the share of those CPUs' capacity that other processes and the hypervisor took in between:
 * <ul>
 *   <li>foreign CPU = (busy time − the run's own CPU time) / all time;</li>
 *   <li>steal = stolen time / all time.</li>
 * </ul>
 * Kernel work not charged to a process (interrupts, kernel threads) counts as foreign.
 *
 * @param busy           busy time of the counted CPUs (user, nice, system, irq, softirq)
 * @param steal          stolen time of the counted CPUs
 * @param total          all time of the counted CPUs (busy, idle, iowait, steal)
 * @param suite          CPU time of the run's process tree ({@link ProcessTree#ticks})
 * @param cpus           how many CPUs were counted
 * @param unknownBecause why nothing could be read; null when the reading holds figures
 */
public record CpuReading(long busy, long steal, long total, long suite, int cpus, String unknownBecause) {

    /** A reading that holds no figure, with why. */
    public static CpuReading unknown(String why) {
        return new CpuReading(0, 0, 0, 0, 0, why);
    }

    /** The accounting now. */
    public static CpuReading now(SystemFiles files, ProcessTree tree) {
        SystemFiles.Read stat = files.read("/proc/stat");
        if (!stat.ok()) {
            return unknown(stat.reason());
        }
        Map<Integer, ProcStat.CpuTimes> perCpu;
        try {
            perCpu = ProcStat.perCpu(stat.text());
        } catch (IllegalArgumentException e) {
            return unknown(e.getMessage());
        }
        if (perCpu.isEmpty()) {
            return unknown("/proc/stat has no per-CPU lines");
        }
        long suite = tree.ticks(files);
        if (suite < 0) {
            return unknown("/proc/" + tree.rootPid() + "/stat cannot be read, so the run's own CPU time is unknown");
        }
        Set<Integer> counted = counted(files, perCpu.keySet());
        ProcStat.CpuTimes sum = ProcStat.sum(perCpu, counted);
        return new CpuReading(sum.busy(), sum.steal(), sum.total(), suite, counted.size(), null);
    }

    /** The CPUs of this process's affinity that /proc/stat lists; all of them where the affinity is unknown. */
    static Set<Integer> counted(SystemFiles files, Set<Integer> listed) {
        String allowed = SelfStatus.cpusAllowed(files).text();
        if (allowed == null) {
            return listed;
        }
        try {
            SortedSet<Integer> cpus = CpuList.parse(allowed);
            cpus.retainAll(listed);
            return cpus.isEmpty() ? listed : cpus;
        } catch (IllegalArgumentException e) {
            return listed;
        }
    }

    public boolean known() {
        return unknownBecause == null;
    }

    /** All time of the counted CPUs since {@code earlier}; 0 or less when nothing can be said. */
    public long totalSince(CpuReading earlier) {
        return known() && earlier.known() ? total - earlier.total : 0;
    }

    /** The share (0 to 1) of the counted CPUs' capacity other processes used since {@code earlier}; NaN if unknown. */
    public double foreignSince(CpuReading earlier) {
        long all = totalSince(earlier);
        if (all <= 0) {
            return Double.NaN;
        }
        long foreign = (busy - earlier.busy) - (suite - earlier.suite);
        // the two clocks are kept apart by the kernel and may differ by a tick or two either way
        return Math.min(1, Math.max(0, foreign) / (double) all);
    }

    /** The share (0 to 1) of the counted CPUs' capacity the hypervisor stole since {@code earlier}; NaN if unknown. */
    public double stealSince(CpuReading earlier) {
        long all = totalSince(earlier);
        return all <= 0 ? Double.NaN : Math.max(0, steal - earlier.steal) / (double) all;
    }
}

package threadsvsprocesses.run.machine;

import java.util.Map;
import java.util.TreeMap;

/**
 * The CPU lines of {@code /proc/stat}: time each CPU spent in each state since boot, in clock ticks
 * ({@code cpu0 user nice system idle iowait irq softirq steal guest guest_nice}; guest time is already in user).
 */
public final class ProcStat {

    private ProcStat() {
    }

    /**
     * One CPU's times, in clock ticks.
     *
     * @param steal time the hypervisor ran something else while this virtual CPU wanted to run
     */
    public record CpuTimes(long user, long nice, long system, long idle, long iowait, long irq, long softirq,
                           long steal) {

        /** Time spent running anything: user, nice, system, irq, softirq (neither idle, iowait nor steal). */
        public long busy() {
            return user + nice + system + irq + softirq;
        }

        /** All the time there was: busy, idle, iowait and steal. */
        public long total() {
            return busy() + idle + iowait + steal;
        }

        CpuTimes plus(CpuTimes o) {
            return new CpuTimes(user + o.user, nice + o.nice, system + o.system, idle + o.idle, iowait + o.iowait,
                    irq + o.irq, softirq + o.softirq, steal + o.steal);
        }

        static final CpuTimes ZERO = new CpuTimes(0, 0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * Each CPU's times by CPU number ({@code cpuN} lines); empty if the text has none.
     *
     * @throws IllegalArgumentException if a cpu line is malformed
     */
    public static Map<Integer, CpuTimes> perCpu(String stat) {
        Map<Integer, CpuTimes> cpus = new TreeMap<>();
        for (String line : stat.split("\n")) {
            if (line.startsWith("cpu") && line.length() > 3 && Character.isDigit(line.charAt(3))) {
                String[] f = line.trim().split("\\s+");
                cpus.put(Integer.parseInt(f[0].substring(3)), times(f, line));
            }
        }
        return cpus;
    }

    /** The sum of {@code cpus}' times (those present). */
    public static CpuTimes sum(Map<Integer, CpuTimes> perCpu, Iterable<Integer> cpus) {
        CpuTimes sum = CpuTimes.ZERO;
        for (int c : cpus) {
            sum = sum.plus(perCpu.getOrDefault(c, CpuTimes.ZERO));
        }
        return sum;
    }

    private static CpuTimes times(String[] f, String line) {
        if (f.length < 5) {
            throw new IllegalArgumentException("a /proc/stat cpu line with " + (f.length - 1) + " fields: '" + line + "'");
        }
        long[] v = new long[8];
        for (int i = 0; i < v.length && i + 1 < f.length; i++) {
            try {
                v[i] = Long.parseLong(f[i + 1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a /proc/stat cpu line with a non-number: '" + line + "'");
            }
        }
        return new CpuTimes(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    }
}

package threadsvsprocesses.run.machine;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** Linux's CPU lists, as in {@code /sys/devices/system/cpu/online} and cpusets: {@code 0-3,6,8-9}. */
public final class CpuList {

    private CpuList() {
    }

    /**
     * The CPUs a list names.
     *
     * @throws IllegalArgumentException if it is not a CPU list
     */
    public static SortedSet<Integer> parse(String list) {
        SortedSet<Integer> cpus = new TreeSet<>();
        String s = list.trim();
        if (s.isEmpty()) {
            return cpus;
        }
        for (String part : s.split(",")) {
            String p = part.trim();
            int dash = p.indexOf('-');
            try {
                int from = Integer.parseInt(dash < 0 ? p : p.substring(0, dash));
                int to = dash < 0 ? from : Integer.parseInt(p.substring(dash + 1));
                if (from < 0 || to < from || to - from > 65_536) {
                    throw new IllegalArgumentException("not a CPU list: '" + list + "'");
                }
                for (int c = from; c <= to; c++) {
                    cpus.add(c);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a CPU list: '" + list + "'");
            }
        }
        return cpus;
    }

    /** The shortest list naming {@code cpus}: {@code [0, 1, 2, 5]} gives {@code 0-2,5}. */
    public static String format(Collection<Integer> cpus) {
        List<Integer> sorted = List.copyOf(new TreeSet<>(cpus));
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            int from = sorted.get(i);
            while (i + 1 < sorted.size() && sorted.get(i + 1) == sorted.get(i) + 1) {
                i++;
            }
            int to = sorted.get(i);
            s.append(s.isEmpty() ? "" : ",").append(from).append(from == to ? "" : "-" + to);
        }
        return s.toString();
    }
}

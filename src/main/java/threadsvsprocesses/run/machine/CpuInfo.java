package threadsvsprocesses.run.machine;

import java.util.ArrayList;
import java.util.List;

/** The {@code key : value} lines of {@code /proc/cpuinfo}. */
final class CpuInfo {

    private CpuInfo() {
    }

    /** The value of every line whose key is {@code key}, in order (one per CPU). */
    static List<String> values(String cpuinfo, String key) {
        List<String> values = new ArrayList<>();
        for (String line : cpuinfo.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
                values.add(line.substring(colon + 1).trim());
            }
        }
        return values;
    }
}

package threadsvsprocesses.run.machine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How the CPUs are driven: frequency governor, boost, clock speeds, and the hypervisor underneath, where the OS shows
 * them. Null where a figure cannot be read (the description's {@code unknown} map says why).
 *
 * @param governor   the cpufreq governors of the online CPUs, distinct, comma-separated ({@code performance})
 * @param boost      {@code on} or {@code off}: cpufreq's boost, or intel_pstate's no_turbo inverted
 * @param currentMhz the CPUs' mean clock at the start, from /proc/cpuinfo (a VM shows its host's nominal clock)
 * @param maxMhz     cpu0's highest clock (cpuinfo_max_freq)
 * @param hypervisor what runs the machine: none, or the hypervisor's name (Xen, KVM, ...) as the OS names it
 */
public record CpuState(String governor, String boost, Double currentMhz, Double maxMhz, String hypervisor) {

    private static final String CPU = "/sys/devices/system/cpu";

    /** The governor that keeps the clock low, which makes numbers depend on how long a core has been busy. */
    public static final String POWERSAVE = "powersave";

    static CpuState read(SystemFiles files, Topology topology, Unknowns unknown) {
        if (!files.exists(CPU + "/cpu0/cpufreq")) {
            String none = "no " + CPU + "/cpu0/cpufreq: the OS exposes no frequency scaling (usual on a VM)";
            unknown.add("governor", none);
            unknown.add("maxMhz", none);
        }
        SystemFiles.Read cpuinfo = files.read("/proc/cpuinfo");
        return new CpuState(governor(files, topology, unknown), boost(files, unknown), currentMhz(cpuinfo, unknown),
                maxMhz(files, unknown), hypervisor(files, cpuinfo, unknown));
    }

    private static String governor(SystemFiles files, Topology topology, Unknowns unknown) {
        List<Integer> cpus = new ArrayList<>(topology.onlineCpus() == null ? List.of(0)
                : CpuList.parse(topology.onlineCpus()));
        Set<String> governors = new LinkedHashSet<>();
        String reason = null;
        for (int cpu : cpus) {
            SystemFiles.Read g = files.line(CPU + "/cpu" + cpu + "/cpufreq/scaling_governor");
            if (g.ok()) {
                governors.add(g.text());
            } else if (reason == null) {
                reason = g.reason();
            }
        }
        if (governors.isEmpty()) {
            unknown.add("governor", reason);
            return null;
        }
        return String.join(", ", governors);
    }

    private static String boost(SystemFiles files, Unknowns unknown) {
        SystemFiles.Read boost = files.line(CPU + "/cpufreq/boost");
        if (boost.ok()) {
            return boost.text().equals("1") ? "on" : boost.text().equals("0") ? "off" : null;
        }
        SystemFiles.Read noTurbo = files.line(CPU + "/intel_pstate/no_turbo");
        if (noTurbo.ok()) {
            return noTurbo.text().equals("0") ? "on" : noTurbo.text().equals("1") ? "off" : null;
        }
        unknown.add("boost", "neither " + boost.path() + " nor " + noTurbo.path() + " exists");
        return null;
    }

    private static Double currentMhz(SystemFiles.Read cpuinfo, Unknowns unknown) {
        if (!cpuinfo.ok()) {
            unknown.add("currentMhz", cpuinfo.reason());
            return null;
        }
        double sum = 0;
        int n = 0;
        for (String value : CpuInfo.values(cpuinfo.text(), "cpu MHz")) {
            try {
                sum += Double.parseDouble(value);
                n++;
            } catch (NumberFormatException ignored) {
                // a line that is not a clock: left out
            }
        }
        if (n == 0) {
            unknown.add("currentMhz", "/proc/cpuinfo has no 'cpu MHz' line (this CPU or kernel does not show it)");
            return null;
        }
        return Math.round(sum / n * 10) / 10.0;
    }

    private static Double maxMhz(SystemFiles files, Unknowns unknown) {
        SystemFiles.Read max = files.line(CPU + "/cpu0/cpufreq/cpuinfo_max_freq");
        if (max.ok() && max.text().matches("[0-9]{1,12}")) {
            return Long.parseLong(max.text()) / 1000.0;
        }
        unknown.add("maxMhz", max.ok() ? max.path() + " holds '" + max.text() + "', not kHz" : max.reason());
        return null;
    }

    private static String hypervisor(SystemFiles files, SystemFiles.Read cpuinfo, Unknowns unknown) {
        SystemFiles.Read type = files.line("/sys/hypervisor/type");
        SystemFiles.Read vendor = files.line("/sys/class/dmi/id/sys_vendor");
        SystemFiles.Read product = files.line("/sys/class/dmi/id/product_name");
        String dmi = vendor.ok() ? vendor.text() + (product.ok() ? " " + product.text() : "") : null;
        boolean flagKnown = cpuinfo.ok() && !CpuInfo.values(cpuinfo.text(), "flags").isEmpty();
        boolean flag = flagKnown && CpuInfo.values(cpuinfo.text(), "flags").get(0).matches("(^|.*\\s)hypervisor(\\s.*|$)");
        if (type.ok() && !type.text().isEmpty()) {
            return type.text() + (dmi == null ? "" : " (" + dmi + ")");
        }
        if (flag) {
            return dmi != null ? dmi : "present (the CPU's hypervisor flag), its kind not shown";
        }
        if (flagKnown) {
            return "none (no hypervisor flag)";
        }
        unknown.add("hypervisor", cpuinfo.ok() ? "/proc/cpuinfo shows no CPU flags" : cpuinfo.reason());
        return null;
    }
}

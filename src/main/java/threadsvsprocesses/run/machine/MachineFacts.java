package threadsvsprocesses.run.machine;

import threadsvsprocesses.report.format.Figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A machine's details in words, one fact per line, the same in {@code check}, a run's header and the page's Machine
 * table. A figure that could not be read says so, with why.
 */
public final class MachineFacts {

    private MachineFacts() {
    }

    /** The facts by name, in reading order. */
    public static Map<String, String> of(MachineDetails d) {
        Map<String, String> f = new LinkedHashMap<>();
        Topology t = d.topology();
        f.put("logical CPUs", known(d, "logicalCpus", t.logicalCpus(), n -> n + " (" + t.onlineCpus() + ")")
                + "; this run may use " + known(d, "availableCpus", t.availableCpus(), s -> s));
        f.put("physical cores", known(d, "physicalCores", t.physicalCores(), n -> n + ", " + threads(t)));
        f.put("SMT siblings", t.threadsPerCore() == null ? unknown(d, "threadsPerCore")
                : t.smtSiblings().isEmpty() ? "none" : String.join("; ", t.smtSiblings())
                + known(d, "availablePhysicalCores", t.availablePhysicalCores(),
                        n -> " (the run's CPUs sit on " + n + (n == 1 ? " core)" : " cores)")));
        f.put("sockets, NUMA nodes", known(d, "sockets", t.sockets(), n -> n + (n == 1 ? " socket" : " sockets"))
                + ", " + known(d, "numaNodes", t.numaNodes(), n -> n + (n == 1 ? " NUMA node" : " NUMA nodes")));
        f.put("caches (cpu0)", t.caches().isEmpty() ? unknown(d, "caches") : String.join(", ", t.caches().stream()
                .map(c -> "L" + c.level() + " " + c.type() + " " + c.size()).toList()));
        CpuState c = d.cpu();
        f.put("frequency", "governor " + known(d, "governor", c.governor(), s -> s) + "; boost "
                + known(d, "boost", c.boost(), s -> s) + "; "
                + known(d, "currentMhz", c.currentMhz(), v -> Figures.number(v) + " MHz at the start") + "; max "
                + known(d, "maxMhz", c.maxMhz(), v -> Figures.number(v) + " MHz"));
        f.put("hypervisor", known(d, "hypervisor", c.hypervisor(), s -> s));
        Limits l = d.limits();
        f.put("cgroup", known(d, "cgroup", l.cgroup(), s -> s));
        f.put("CPU quota", known(d, "cpuQuota", l.cpuQuota(), s -> l.cpuQuotaCores() == null ? s
                : Figures.number(l.cpuQuotaCores()) + " cores (" + s + ")"));
        f.put("cpuset", known(d, "cpuset", l.cpuset(), s -> s));
        f.put("memory limit", known(d, "memoryLimit", l.memoryLimit(), s -> s));
        f.put("transparent huge pages", known(d, "transparentHugePages", l.transparentHugePages(), s -> s));
        StartState s = d.start();
        f.put("load average", known(d, "loadAverage", s.loadAverage(), v -> String.join(", ", v.stream()
                .map(Figures::number).toList()) + " (1, 5, 15 minutes)"));
        f.put("other processes at the start", known(d, "foreignCpu", s.foreignCpu(), v -> Figures.percent(v, 1)
                + " of the run's CPUs") + "; steal " + known(d, "steal", s.steal(), v -> Figures.percent(v, 1))
                + (s.sampledMillis() == null || s.sampledMillis() == 0 ? "" : " (over " + Figures.duration(s.sampledMillis()) + ")"));
        f.put("busiest other processes", busiest(d));
        f.put("memory available", known(d, "memoryAvailableBytes", s.memoryAvailableBytes(), v -> Figures.bytes(v)));
        if (!d.distortions().isEmpty()) {
            f.put("would distort the run", String.join("; ", d.distortions().stream()
                    .map(x -> x.what() + ": " + x.figure()).toList()));
        }
        return f;
    }

    /** "java (pid 4242) 0.95 cores, ..." or "none". */
    private static String busiest(MachineDetails d) {
        List<StartState.BusyProcess> busy = d.start().busiest();
        if (busy == null || busy.isEmpty()) {
            return d.unknown().containsKey("busiest") ? unknown(d, "busiest") : "none";
        }
        List<String> parts = new ArrayList<>();
        for (StartState.BusyProcess p : busy) {
            String n = Figures.number(p.cores());
            parts.add(p.name() + " (pid " + p.pid() + ") " + n + (n.equals("1") ? " core" : " cores"));
        }
        return String.join(", ", parts);
    }

    private static String threads(Topology t) {
        Integer n = t.threadsPerCore();
        return n == null ? "threads per core unknown" : n == 1 ? "1 thread per core (no SMT)" : n + " threads per core (SMT)";
    }

    private static <T> String known(MachineDetails d, String figure, T value, Function<T, String> text) {
        return value == null ? unknown(d, figure) : text.apply(value);
    }

    private static String unknown(MachineDetails d, String figure) {
        return "unknown (" + d.whyUnknown(figure) + ")";
    }
}

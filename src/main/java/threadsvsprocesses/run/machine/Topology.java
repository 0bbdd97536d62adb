package threadsvsprocesses.run.machine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How the machine's CPUs are built, from {@code /sys/devices/system}: on a 2-vCPU VM, whether the two are SMT siblings
 * of one core decides whether CPU-bound work can scale at all. A figure that cannot be read is null, and the
 * description's {@code unknown} map says why.
 *
 * @param logicalCpus            CPUs online on the machine
 * @param onlineCpus             those CPUs as a list ({@code 0-7})
 * @param availableCpus          the CPUs this process may run on (its affinity, {@code Cpus_allowed_list})
 * @param physicalCores          cores: distinct (package, core id) pairs of the online CPUs
 * @param threadsPerCore         SMT threads per core: the most CPUs that share one core (1 = no SMT)
 * @param sockets                physical packages
 * @param numaNodes              NUMA nodes
 * @param availablePhysicalCores cores among the available CPUs (fewer than those CPUs when some are siblings)
 * @param smtSiblings            groups of CPUs that share one core, e.g. {@code [0,4]}; empty without SMT
 * @param caches                 cpu0's caches
 */
public record Topology(Integer logicalCpus, String onlineCpus, String availableCpus, Integer physicalCores,
                       Integer threadsPerCore, Integer sockets, Integer numaNodes, Integer availablePhysicalCores,
                       List<String> smtSiblings, List<Cache> caches) {

    /** A cache of cpu0: level, type (Data, Instruction, Unified), size as the kernel writes it (32K), shared by. */
    public record Cache(int level, String type, String size, String sharedBy) {
    }

    private static final String CPU = "/sys/devices/system/cpu";

    static Topology read(SystemFiles files, Unknowns unknown) {
        SortedSet<Integer> online = online(files, unknown);
        String available = available(files, unknown);
        Map<Integer, String> cores = new HashMap<>();
        Set<String> packages = new LinkedHashSet<>();
        Set<String> siblings = new LinkedHashSet<>();
        int threadsPerCore = 0;
        boolean complete = !online.isEmpty();
        for (int cpu : online) {
            String dir = CPU + "/cpu" + cpu + "/topology/";
            SystemFiles.Read core = files.line(dir + "core_id");
            SystemFiles.Read pkg = files.line(dir + "physical_package_id");
            SystemFiles.Read sib = files.line(dir + "thread_siblings_list");
            for (SystemFiles.Read r : List.of(core, pkg, sib)) {
                if (!r.ok() && complete) {
                    complete = false;
                    unknown.add("physicalCores", r.reason());
                }
            }
            if (!complete) {
                break;
            }
            cores.put(cpu, pkg.text() + ":" + core.text());
            packages.add(pkg.text());
            SortedSet<Integer> group = parseOrEmpty(sib.text());
            threadsPerCore = Math.max(threadsPerCore, group.size());
            if (group.size() > 1) {
                siblings.add(CpuList.format(group));
            }
        }
        Integer physical = complete ? (int) cores.values().stream().distinct().count() : null;
        Integer availableCores = null;
        if (complete && available != null) {
            Set<String> used = new TreeSet<>();
            parseOrEmpty(available).forEach(c -> used.add(cores.getOrDefault(c, "cpu" + c)));
            availableCores = used.size();
        }
        if (!complete) {
            unknown.add("threadsPerCore", unknownOr(unknown, "physicalCores"));
            unknown.add("sockets", unknownOr(unknown, "physicalCores"));
            unknown.add("availablePhysicalCores", unknownOr(unknown, "physicalCores"));
        } else if (available == null) {
            unknown.add("availablePhysicalCores", unknownOr(unknown, "availableCpus"));
        }
        return new Topology(online.isEmpty() ? null : online.size(), online.isEmpty() ? null : CpuList.format(online),
                available, physical, complete ? threadsPerCore : null, complete ? packages.size() : null,
                numaNodes(files, unknown), availableCores, List.copyOf(siblings), caches(files, unknown));
    }

    private static SortedSet<Integer> online(SystemFiles files, Unknowns unknown) {
        SystemFiles.Read online = files.line(CPU + "/online");
        if (online.ok()) {
            try {
                return CpuList.parse(online.text());
            } catch (IllegalArgumentException e) {
                unknown.add("logicalCpus", CPU + "/online holds '" + online.text() + "', not a CPU list");
                return new TreeSet<>();
            }
        }
        unknown.add("logicalCpus", online.reason());
        unknown.add("physicalCores", online.reason());
        return new TreeSet<>();
    }

    /** The affinity of this process, from {@code /proc/self/status}. */
    private static String available(SystemFiles files, Unknowns unknown) {
        return unknown.text("availableCpus", SelfStatus.cpusAllowed(files));
    }

    private static Integer numaNodes(SystemFiles files, Unknowns unknown) {
        String dir = "/sys/devices/system/node";
        List<String> nodes = files.list(dir, "node[0-9]*");
        if (nodes.isEmpty()) {
            unknown.add("numaNodes", dir + (files.exists(dir) ? " lists no node" : " does not exist (no NUMA"
                    + " information on this machine)"));
            return null;
        }
        return nodes.size();
    }

    private static List<Cache> caches(SystemFiles files, Unknowns unknown) {
        String dir = CPU + "/cpu0/cache";
        List<Cache> caches = new ArrayList<>();
        for (String index : files.list(dir, "index[0-9]*")) {
            String d = dir + "/" + index + "/";
            SystemFiles.Read level = files.line(d + "level");
            SystemFiles.Read type = files.line(d + "type");
            SystemFiles.Read size = files.line(d + "size");
            SystemFiles.Read shared = files.line(d + "shared_cpu_list");
            if (level.ok() && type.ok() && size.ok() && level.text().matches("[0-9]{1,2}")) {
                caches.add(new Cache(Integer.parseInt(level.text()), type.text(), size.text(),
                        shared.ok() ? shared.text() : null));
            }
        }
        if (caches.isEmpty()) {
            unknown.add("caches", dir + (files.exists(dir) ? " lists no readable cache" : " does not exist"));
        }
        return caches;
    }

    private static SortedSet<Integer> parseOrEmpty(String list) {
        try {
            return CpuList.parse(list);
        } catch (IllegalArgumentException e) {
            return new TreeSet<>();
        }
    }

    private static String unknownOr(Unknowns unknown, String figure) {
        return unknown.ordered().getOrDefault(figure, "unknown");
    }
}

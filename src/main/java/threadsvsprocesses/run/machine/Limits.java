package threadsvsprocesses.run.machine;

import threadsvsprocesses.report.format.Figures;

/**
 * What the container or cgroup lets the run use: its CPU quota and cpuset (cgroup v2 {@code cpu.max},
 * {@code cpuset.cpus.effective}; v1 {@code cpu.cfs_quota_us}/{@code cpu.cfs_period_us}, {@code cpuset.cpus}), its
 * memory limit, and transparent huge pages. Null where a figure cannot be read (the {@code unknown} map says why).
 *
 * @param cgroup               {@code v2}, {@code v1}, with the run's cgroup path
 * @param cpuQuota             {@code none}, or the quota as the cgroup writes it ({@code 150000 us per 100000 us})
 * @param cpuQuotaCores        the quota in cores (1.5); null when there is none or it is unknown
 * @param cpuset               the CPUs the cgroup allows ({@code 0-3})
 * @param memoryLimit          {@code none}, or the limit in binary units
 * @param memoryLimitBytes     the limit in bytes; null when there is none or it is unknown
 * @param transparentHugePages THP's mode: always, madvise or never
 */
public record Limits(String cgroup, String cpuQuota, Double cpuQuotaCores, String cpuset, String memoryLimit,
                     Long memoryLimitBytes, String transparentHugePages) {

    /** What a cgroup's quota and memory limit say when there is none. */
    public static final String NONE = "none";

    static Limits read(SystemFiles files, Unknowns unknown) {
        Cgroups cgroups = Cgroups.of(files);
        String cgroup = null;
        String quota = null;
        Double quotaCores = null;
        String cpuset = null;
        String memory = null;
        Long memoryBytes = null;
        if (cgroups.unknownBecause() != null) {
            for (String figure : new String[] {"cgroup", "cpuQuota", "cpuset", "memoryLimit"}) {
                unknown.add(figure, cgroups.unknownBecause());
            }
        } else {
            cgroup = cgroups.describe();
            Cgroups.Quota q = cgroups.cpuQuota(unknown);
            if (q != null) {
                quota = q.limited() ? q.quotaMicros() + " us per " + q.periodMicros() + " us" : NONE;
                quotaCores = q.limited() ? (double) q.quotaMicros() / q.periodMicros() : null;
            }
            cpuset = cgroups.cpuset(unknown);
            Long limit = cgroups.memoryLimit(unknown);
            if (limit != null) {
                memoryBytes = limit >= 0 ? limit : null;
                memory = limit >= 0 ? Figures.bytes(limit) : NONE;
            }
        }
        return new Limits(cgroup, quota, quotaCores, cpuset, memory, memoryBytes, hugePages(files, unknown));
    }

    private static String hugePages(SystemFiles files, Unknowns unknown) {
        SystemFiles.Read thp = files.line("/sys/kernel/mm/transparent_hugepage/enabled");
        if (!thp.ok()) {
            unknown.add("transparentHugePages", thp.reason());
            return null;
        }
        int open = thp.text().indexOf('[');
        int close = thp.text().indexOf(']');
        if (open < 0 || close < open) {
            unknown.add("transparentHugePages", thp.path() + " holds '" + thp.text() + "', with no [mode]");
            return null;
        }
        return thp.text().substring(open + 1, close);
    }
}

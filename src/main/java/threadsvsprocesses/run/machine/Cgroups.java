package threadsvsprocesses.run.machine;

import java.util.ArrayList;
import java.util.List;

/**
 * The run's cgroup, v2 (one hierarchy at {@code /sys/fs/cgroup}) or v1 (one per controller, {@code /sys/fs/cgroup/cpu},
 * {@code /sys/fs/cgroup/memory}, ...), found from {@code /proc/self/cgroup}. A limit may be set on the run's cgroup or
 * any above it; the tightest counts. Inside a container the path in {@code /proc/self/cgroup} may name the host's
 * hierarchy; where that folder does not exist, the mount itself is the container's cgroup.
 */
final class Cgroups {

    private static final String ROOT = "/sys/fs/cgroup";
    /** v1 writes "no limit" as a huge number (the page-aligned LONG_MAX); anything above 2^60 bytes is none. */
    private static final long NO_LIMIT_ABOVE = 1L << 60;

    private final SystemFiles files;
    private final boolean v2;
    private final List<String[]> lines;
    private final String unknownBecause;

    private Cgroups(SystemFiles files, boolean v2, List<String[]> lines, String unknownBecause) {
        this.files = files;
        this.v2 = v2;
        this.lines = lines;
        this.unknownBecause = unknownBecause;
    }

    /** A CPU quota: {@code quotaMicros} per {@code periodMicros}; unlimited when {@code quotaMicros} is negative. */
    record Quota(long quotaMicros, long periodMicros) {
        boolean limited() {
            return quotaMicros >= 0;
        }
    }

    static Cgroups of(SystemFiles files) {
        SystemFiles.Read self = files.read("/proc/self/cgroup");
        if (!self.ok()) {
            return new Cgroups(files, false, List.of(), self.reason());
        }
        List<String[]> lines = new ArrayList<>();
        for (String line : self.text().split("\n")) {
            String[] f = line.split(":", 3);
            if (f.length == 3) {
                lines.add(f);
            }
        }
        boolean v2 = files.exists(ROOT + "/cgroup.controllers");
        boolean v1 = lines.stream().anyMatch(f -> !f[1].isEmpty());
        if (!v2 && !v1) {
            return new Cgroups(files, false, lines, ROOT + " has no cgroup controllers (no cgroup.controllers and no"
                    + " v1 controller in /proc/self/cgroup)");
        }
        return new Cgroups(files, v2, lines, null);
    }

    /** Why nothing can be read, or null. */
    String unknownBecause() {
        return unknownBecause;
    }

    /** "v2 /user.slice/...", "v1". */
    String describe() {
        return v2 ? "v2 " + path("") : "v1 " + path("cpu");
    }

    Quota cpuQuota(Unknowns unknown) {
        Quota tightest = null;
        String reason = null;
        for (String dir : dirs("cpu")) {
            Quota q = v2 ? v2Quota(dir) : v1Quota(dir);
            if (q == null) {
                reason = reason == null ? dir + (v2 ? "/cpu.max" : "/cpu.cfs_quota_us") + " is not readable" : reason;
                continue;
            }
            if (tightest == null || (q.limited() && (!tightest.limited()
                    || (double) q.quotaMicros() / q.periodMicros() < (double) tightest.quotaMicros() / tightest.periodMicros()))) {
                tightest = q;
            }
        }
        if (tightest == null && v2 && !dirs("cpu").isEmpty()) {
            // v2 has cpu.max only where the cpu controller is enabled (never in the root): none from here up, no quota
            return new Quota(-1, 100_000);
        }
        if (tightest == null) {
            unknown.add("cpuQuota", reason == null ? "no cgroup folder found for the cpu controller" : reason);
        }
        return tightest;
    }

    String cpuset(Unknowns unknown) {
        for (String dir : dirs("cpuset")) {
            for (String name : v2 ? new String[] {"cpuset.cpus.effective"} : new String[] {"cpuset.effective_cpus", "cpuset.cpus"}) {
                SystemFiles.Read r = files.line(dir + "/" + name);
                if (r.ok() && !r.text().isEmpty()) {
                    return r.text();
                }
            }
        }
        unknown.add("cpuset", "no " + (v2 ? "cpuset.cpus.effective" : "cpuset.cpus") + " in the run's cgroup"
                + (v2 ? " (the cpuset controller is not enabled for it)" : ""));
        return null;
    }

    /** The tightest memory limit in bytes, -1 for none, null if unknown. */
    Long memoryLimit(Unknowns unknown) {
        Long tightest = null;
        for (String dir : dirs("memory")) {
            SystemFiles.Read r = files.line(dir + (v2 ? "/memory.max" : "/memory.limit_in_bytes"));
            if (!r.ok()) {
                continue;
            }
            long limit = r.text().equals("max") ? -1 : parse(r.text());
            if (limit == Long.MIN_VALUE) {
                continue;
            }
            limit = limit >= NO_LIMIT_ABOVE ? -1 : limit;
            tightest = tightest == null || tightest < 0 ? Long.valueOf(limit) : limit >= 0 ? Math.min(tightest, limit) : tightest;
        }
        if (tightest == null && v2 && !dirs("memory").isEmpty()) {
            return -1L;
        }
        if (tightest == null) {
            unknown.add("memoryLimit", "no readable " + (v2 ? "memory.max" : "memory.limit_in_bytes") + " in the run's cgroup");
        }
        return tightest;
    }

    private Quota v2Quota(String dir) {
        SystemFiles.Read r = files.line(dir + "/cpu.max");
        if (!r.ok()) {
            return null;
        }
        String[] f = r.text().split("\\s+");
        long period = f.length > 1 ? parse(f[1]) : 100_000;
        if (f[0].equals("max")) {
            return new Quota(-1, period > 0 ? period : 100_000);
        }
        long quota = parse(f[0]);
        return quota >= 0 && period > 0 ? new Quota(quota, period) : null;
    }

    private Quota v1Quota(String dir) {
        SystemFiles.Read quota = files.line(dir + "/cpu.cfs_quota_us");
        SystemFiles.Read period = files.line(dir + "/cpu.cfs_period_us");
        if (!quota.ok() || !period.ok()) {
            return null;
        }
        long q = quota.text().equals("-1") ? -1 : parse(quota.text());
        long p = parse(period.text());
        return (q >= 0 || q == -1) && p > 0 ? new Quota(q, p) : null;
    }

    /** The folders of the run's cgroup for {@code controller}, from its own up to the mount, that exist. */
    private List<String> dirs(String controller) {
        String mount = v2 ? ROOT : v1Mount(controller);
        List<String> dirs = new ArrayList<>();
        if (mount == null) {
            return dirs;
        }
        String path = path(v2 ? "" : controller);
        String dir = mount + (path.equals("/") ? "" : path);
        if (!files.exists(dir)) {
            dir = mount; // a container's own cgroup, mounted as the root of its namespace
        }
        while (dir.length() >= mount.length()) {
            if (files.exists(dir)) {
                dirs.add(dir);
            }
            int slash = dir.lastIndexOf('/');
            if (dir.equals(mount) || slash <= 0) {
                break;
            }
            dir = dir.substring(0, slash);
        }
        return dirs;
    }

    /** v1: the mount of {@code controller}, e.g. /sys/fs/cgroup/cpu,cpuacct or /sys/fs/cgroup/cpu. */
    private String v1Mount(String controller) {
        for (String[] f : lines) {
            for (String c : f[1].split(",")) {
                if (c.equals(controller)) {
                    for (String name : new String[] {f[1], controller}) {
                        if (files.exists(ROOT + "/" + name)) {
                            return ROOT + "/" + name;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The run's cgroup path for {@code controller} ("" = the v2 line "0::/..."). */
    private String path(String controller) {
        for (String[] f : lines) {
            if (v2 ? f[0].equals("0") && f[1].isEmpty() : List.of(f[1].split(",")).contains(controller)) {
                return f[2].isEmpty() ? "/" : f[2];
            }
        }
        return "/";
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }
}

package threadsvsprocesses.run.machine;

import java.util.Optional;

/**
 * One process's line of {@code /proc/<pid>/stat}: its name, parent and CPU time in clock ticks. The name is in
 * parentheses and may itself hold spaces and parentheses, so the fields are counted from the last {@code ')'}.
 *
 * @param pid    the process
 * @param name   its command name (at most 15 characters, as the kernel keeps it)
 * @param ppid   its parent
 * @param utime  user time
 * @param stime  system time
 * @param cutime user time of its children that ended and were waited for (reaped)
 * @param cstime system time of those children
 */
public record PidStat(long pid, String name, long ppid, long utime, long stime, long cutime, long cstime) {

    /** Its own CPU time: user and system. */
    public long ownTicks() {
        return utime + stime;
    }

    /** Its own CPU time and that of every child it reaped (which holds their reaped children in turn). */
    public long treeTicks() {
        return utime + stime + cutime + cstime;
    }

    /** The line parsed, or empty if it is not one. */
    public static Optional<PidStat> parse(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open < 1 || close < open) {
            return Optional.empty();
        }
        String[] f = line.substring(close + 1).trim().split("\\s+");
        // after the name: state(0) ppid(1) pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime(11)
        // stime(12) cutime(13) cstime(14)
        if (f.length < 15) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PidStat(Long.parseLong(line.substring(0, open).trim()), line.substring(open + 1, close),
                    Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                    Long.parseLong(f[14])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The process {@code pid} as {@code files} show it now, if it exists. */
    public static Optional<PidStat> of(SystemFiles files, long pid) {
        SystemFiles.Read r = files.read("/proc/" + pid + "/stat");
        return r.ok() ? parse(r.text().trim()) : Optional.empty();
    }
}

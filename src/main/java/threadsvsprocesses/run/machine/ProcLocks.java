package threadsvsprocesses.run.machine;

import java.util.OptionalLong;

/**
 * {@code /proc/locks}: the file locks held now, one per line, e.g. {@code 1: POSIX  ADVISORY  WRITE 4242 fd:01:393228 0 EOF}
 * (a waiter's line carries {@code ->} before its type). Java's {@code FileChannel.tryLock} takes a POSIX lock, so
 * this names the process holding a lock file such as JMH's.
 */
public final class ProcLocks {

    private ProcLocks() {
    }

    /** The pid holding a lock on the file with inode {@code inode}, if a line names one. */
    public static OptionalLong holder(String locks, long inode) {
        for (String line : locks.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 6 || f[1].equals("->")) {
                continue;
            }
            String[] device = f[5].split(":");
            try {
                long pid = Long.parseLong(f[4]);
                if (device.length == 3 && Long.parseLong(device[2]) == inode && pid > 0) {
                    return OptionalLong.of(pid);
                }
            } catch (NumberFormatException ignored) {
                // an OFD lock has pid -1, other kinds other layouts: not what is looked for
            }
        }
        return OptionalLong.empty();
    }

    /** The holder of the lock on {@code inode} on this machine, if {@code /proc/locks} names one. */
    public static OptionalLong holder(SystemFiles files, long inode) {
        SystemFiles.Read r = files.read("/proc/locks");
        return r.ok() ? holder(r.text(), inode) : OptionalLong.empty();
    }
}

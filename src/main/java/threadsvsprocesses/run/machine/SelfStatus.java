package threadsvsprocesses.run.machine;

/** Lines of {@code /proc/self/status}, this process's own view of itself. */
final class SelfStatus {

    private SelfStatus() {
    }

    /** The CPUs this process may run on ({@code Cpus_allowed_list}), or why that cannot be read. */
    static SystemFiles.Read cpusAllowed(SystemFiles files) {
        SystemFiles.Read status = files.read("/proc/self/status");
        if (!status.ok()) {
            return status;
        }
        for (String line : status.text().split("\n")) {
            if (line.startsWith("Cpus_allowed_list:")) {
                return new SystemFiles.Read(status.path(), line.substring(line.indexOf(':') + 1).trim(), null);
            }
        }
        return new SystemFiles.Read(status.path(), null, "/proc/self/status has no Cpus_allowed_list line");
    }
}

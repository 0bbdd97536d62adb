package threadsvsprocesses.report.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One run as read from its results.csv: the machine it ran on and its rows.
 *
 * @param source       the results.csv read
 * @param runId        the run's id (checked: letters, digits, '.', '_' and '-' only)
 * @param startedAt    when it started
 * @param host         host name (checked like the run id)
 * @param cpuModel     CPU model as the OS named it
 * @param cores        processors available to the run's JVM
 * @param memoryBytes  physical memory; -1 if unknown
 * @param os           OS name, version and architecture
 * @param jvmVendor    JVM vendor
 * @param jvmVersion   full JVM version
 * @param rows         the rows by key, in file order
 * @param newColumns   which of the optional columns (metric, params, score_stdev) the file had
 */
public record RunResults(Path source, String runId, String startedAt, String host, String cpuModel, int cores,
                         long memoryBytes, String os, String jvmVendor, String jvmVersion,
                         Map<MeasurementKey, RunRow> rows, List<String> newColumns) {

    /** The JVM's version without its build suffix: "25.0.3+9-LTS" gives "25.0.3". */
    public String jvmShortVersion() {
        String v = jvmVersion;
        int cut = v.length();
        for (char c : new char[] {'+', '-', ' '}) {
            int i = v.indexOf(c);
            if (i > 0) {
                cut = Math.min(cut, i);
            }
        }
        return v.substring(0, cut);
    }
}

package threadsvsprocesses.report.rows;

import threadsvsprocesses.run.machine.MachineDetails;
import threadsvsprocesses.run.noise.CellNoise;

import java.util.Map;

/**
 * The noise and machine columns of a results.csv read back ({@code foreign_cpu}, {@code steal}, {@code noisy},
 * {@code attempts}; {@code physical_cores}, {@code threads_per_core}, {@code cpu_quota_cores}), checked as every
 * other field of an untrusted file is. Empty in files of older versions, which then carry no noise.
 */
final class NoiseColumns {

    private NoiseColumns() {
    }

    /** A row's noise; null when its cell has none recorded. */
    static CellNoise noise(CsvFields f, Map<String, String> v) {
        String noisy = v.get("noisy");
        String attempts = v.get("attempts");
        if (!noisy.isEmpty() && !noisy.equals("true") && !noisy.equals("false")) {
            throw f.fail("noisy '" + CsvFields.shown(noisy) + "'", "true, false or an empty cell");
        }
        if (!attempts.isEmpty() && !attempts.equals("1") && !attempts.equals("2")) {
            throw f.fail("attempts '" + CsvFields.shown(attempts) + "'", "1, 2 or an empty cell");
        }
        double foreign = share(f, "foreign_cpu", v.get("foreign_cpu"));
        double steal = share(f, "steal", v.get("steal"));
        if (attempts.isEmpty() && noisy.isEmpty() && Double.isNaN(foreign) && Double.isNaN(steal)) {
            return null;
        }
        boolean known = !Double.isNaN(foreign) && !Double.isNaN(steal);
        return new CellNoise(known ? foreign : null, known ? steal : null, null, noisy.equals("true"),
                attempts.equals("2"), known ? null : "not recorded in results.csv");
    }

    /** The topology and quota a results.csv names; null for a file of an older version without them. */
    static MachineDetails machine(CsvFields f, Map<String, String> v) {
        long physical = f.optionalInteger("physical_cores", v.get("physical_cores"));
        long threads = f.optionalInteger("threads_per_core", v.get("threads_per_core"));
        double quota = f.nonNegative("cpu_quota_cores", v.get("cpu_quota_cores"));
        if (physical < 0 && threads < 0 && Double.isNaN(quota)) {
            return null;
        }
        return MachineDetails.ofColumns(physical < 0 ? null : (int) physical, threads < 0 ? null : (int) threads,
                Double.isNaN(quota) ? null : quota);
    }

    private static double share(CsvFields f, String column, String s) {
        double d = f.nonNegative(column, s);
        if (d > 1) {
            throw f.fail(column + " " + s, "a share from 0 to 1 (empty if unknown)");
        }
        return d;
    }
}

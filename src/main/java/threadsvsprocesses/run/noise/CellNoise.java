package threadsvsprocesses.run.noise;

import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.run.machine.CpuReading;
import threadsvsprocesses.run.machine.NoiseLimit;

import java.util.List;

/**
 * How much the machine disturbed one cell: the share of the run's CPUs that processes outside the run and the
 * hypervisor took while the cell was measured, from {@code /proc/stat} and the run's process tree sampled before and
 * after each of its forks ({@link CpuReading}), over its forks as {@link #over} weighs them. Saved per cell in
 * {@code plan.json} and written to {@code results.csv} ({@code foreign_cpu}, {@code steal}, {@code noisy},
 * {@code attempts}).
 *
 * @param foreignCpu     share (0 to 1) of the counted CPUs' capacity used by other processes; null if unknown
 * @param steal          share (0 to 1) taken by the hypervisor; null if unknown
 * @param cpus           the CPUs counted (the run's affinity); null if unknown
 * @param noisy          foreign CPU or steal above {@link NoiseLimit#CORES} of one core (for a cell: during a fork
 *                       whose samples it keeps)
 * @param retried        measured twice because the first attempt was noisy ({@code --on-noise retry}; for a cell:
 *                       one of its forks was)
 * @param unknownBecause why nothing could be measured (no {@code /proc}); null when the figures are known
 */
public record CellNoise(Double foreignCpu, Double steal, Integer cpus, boolean noisy, boolean retried,
                        String unknownBecause) {

    /** The noise of a cell between two readings of the machine's accounting. */
    public static CellNoise between(CpuReading before, CpuReading after) {
        if (!before.known() || !after.known()) {
            return unknown(before.known() ? after.unknownBecause() : before.unknownBecause());
        }
        double foreign = after.foreignSince(before);
        double steal = after.stealSince(before);
        if (Double.isNaN(foreign) || Double.isNaN(steal)) {
            return unknown("no CPU time passed in /proc/stat during the cell");
        }
        int cpus = after.cpus();
        return new CellNoise(foreign, steal, cpus, NoiseLimit.exceeded(foreign, cpus) || NoiseLimit.exceeded(steal, cpus),
                false, null);
    }

    /**
     * The noise over a cell's forks, each measured between its own two readings: foreign CPU and steal weighted by
     * the seconds each fork took; noisy if a fork it keeps was noisy (its data holds that fork), retried if one was
     * retried. Unknown if no fork's noise is known; null if there are none.
     */
    public static CellNoise over(List<CellNoise> forks, List<Double> seconds) {
        if (forks.isEmpty()) {
            return null;
        }
        double foreign = 0;
        double steal = 0;
        double total = 0;
        boolean noisy = false;
        boolean retried = false;
        Integer cpus = null;
        String unknown = null;
        for (int i = 0; i < forks.size(); i++) {
            CellNoise n = forks.get(i);
            noisy |= n.noisy();
            retried |= n.retried();
            if (!n.known()) {
                unknown = n.unknownBecause();
                continue;
            }
            double w = Math.max(seconds.get(i), 1e-9);
            foreign += n.foreignCpu() * w;
            steal += n.steal() * w;
            total += w;
            cpus = n.cpus();
        }
        if (total == 0) {
            return new CellNoise(null, null, null, false, retried, unknown);
        }
        return new CellNoise(foreign / total, steal / total, cpus, noisy, retried, null);
    }

    /** Noise that could not be measured, with why. */
    public static CellNoise unknown(String why) {
        return new CellNoise(null, null, null, false, false, why);
    }

    /** Whether the figures are known. */
    public boolean known() {
        return foreignCpu != null && steal != null;
    }

    /** Foreign CPU in cores (0.76 = three quarters of one core); NaN if unknown (or the CPUs counted are). */
    public double foreignCores() {
        return known() && cpus != null ? foreignCpu * cpus : Double.NaN;
    }

    /** Steal in cores; NaN if unknown. */
    public double stealCores() {
        return known() && cpus != null ? steal * cpus : Double.NaN;
    }

    /** All the disturbance, foreign CPU and steal, as a share; what "quieter" compares. Infinite if unknown. */
    public double disturbance() {
        return known() ? foreignCpu + steal : Double.POSITIVE_INFINITY;
    }

    /** This noise, marked as the kept one of two attempts. */
    public CellNoise retriedOnce() {
        return new CellNoise(foreignCpu, steal, cpus, noisy, true, unknownBecause);
    }

    /** A short mark for a line per cell: "noisy", "noisy, retried", "retried" (quiet on its second attempt) or "". */
    public String mark() {
        return noisy ? (retried ? "noisy, retried" : "noisy") : retried ? "retried" : "";
    }

    /** "foreign CPU 38.2% (0.76 cores), steal 0.0%", or "noise unknown (why)". */
    public String describe() {
        if (!known()) {
            return "noise unknown (" + unknownBecause + ")";
        }
        boolean stealOver = cpus != null && NoiseLimit.exceeded(steal, cpus);
        return "foreign CPU " + Figures.percent(foreignCpu, 1) + cores(foreignCores()) + ", steal "
                + Figures.percent(steal, 1) + (stealOver ? cores(stealCores()) : "");
    }

    private static String cores(double cores) {
        String n = Figures.number(cores);
        return Double.isNaN(cores) ? "" : " (" + n + (n.equals("1") ? " core)" : " cores)");
    }

    /** The limit this noise was judged against, in words: "limit 0.1 core (5.0% of 2 CPUs)". */
    public String limit() {
        int n = cpus == null ? 1 : cpus;
        return "limit " + Figures.number(NoiseLimit.CORES) + " core (" + Figures.percent(NoiseLimit.share(n), 1) + " of "
                + n + (n == 1 ? " CPU)" : " CPUs)");
    }
}

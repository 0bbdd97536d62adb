package threadsvsprocesses.run.machine;

/**
 * How much other work a measurement tolerates: other processes, or the hypervisor's steal, taking more than a tenth
 * of one core while a cell runs mark it noisy; the same limit flags a busy process before a run.
 */
public final class NoiseLimit {

    /** The limit, in cores: 10% of one core. On a 2-CPU run that is 5% of its CPUs' capacity. */
    public static final double CORES = 0.1;

    private NoiseLimit() {
    }

    /** Whether a share (0 to 1) of {@code cpus} CPUs' capacity is above the limit. */
    public static boolean exceeded(double share, int cpus) {
        return Double.isFinite(share) && share * cpus > CORES;
    }

    /** The limit as a share of {@code cpus} CPUs' capacity. */
    public static double share(int cpus) {
        return CORES / Math.max(1, cpus);
    }
}

package threadsvsprocesses.run.noise;

import threadsvsprocesses.run.PlannedCell;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How much of the run's CPUs other programs and the hypervisor took while its cells ran: each measured cell's
 * foreign CPU plus steal ({@link CellNoise#disturbance()}), weighted by the seconds the cell took. It explains a run
 * that took longer than its estimate, which assumes the CPUs are the run's alone: at 16% steal, the same work takes
 * about 1 / (1 - 0.16) = 1.2 times as long. A short sample before the run cannot foresee it (the standard run of
 * 2026-12-03 14:57 sampled 0% steal at its start, then met 16% over its cells).
 */
public final class RunDisturbance {

    /** The share below which the closing line does not mention it: the noise limit's 5% of a 2-CPU run. */
    public static final double WORTH_SAYING = 0.05;

    private RunDisturbance() {
    }

    /** The time-weighted share (0 to 1) over the cells whose noise and seconds are known; empty if none are. */
    public static OptionalDouble of(List<PlannedCell> cells) {
        double weighted = 0;
        double seconds = 0;
        for (PlannedCell c : cells) {
            if (c.status() != PlannedCell.Status.DONE || c.noise() == null || !c.noise().known() || c.seconds() == null
                    || c.seconds().actual() == null) {
                continue;
            }
            weighted += duringAllAttempts(c) * c.seconds().actual();
            seconds += c.seconds().actual();
        }
        return seconds > 0 ? OptionalDouble.of(weighted / seconds) : OptionalDouble.empty();
    }

    /**
     * The share during the whole of a cell's seconds: a cell keeps the quieter attempt of a retried fork, but its
     * seconds are both attempts', so each attempt not kept counts as one fork more beside its forks' noise. (In plans
     * of older versions, whose attempts each measured every fork of the cell, that is the mean of the two attempts.)
     */
    private static double duringAllAttempts(PlannedCell c) {
        List<Attempt> notKept = c.attempts().stream().filter(a -> !a.kept() && a.noise() != null && a.noise().known())
                .toList();
        if (notKept.isEmpty()) {
            return c.noise().disturbance();
        }
        boolean perFork = c.attempts().stream().anyMatch(a -> a.fork() > 0);
        double forks = perFork && c.forks() != null ? c.forks().count() : 1;
        double sum = c.noise().disturbance() * forks;
        for (Attempt a : notKept) {
            sum += a.noise().disturbance();
        }
        return sum / (forks + notKept.size());
    }
}

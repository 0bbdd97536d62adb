package threadsvsprocesses.run;

import threadsvsprocesses.report.format.Figures;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The worker levels a profile runs, chosen so that a machine of many cores gets a run of about the same length as a
 * small one: at most {@value #MAX_LEVELS} levels, always 1, the exact core count and (for {@code standard} and
 * {@code full}) twice it; between them up to three powers of two, spread evenly on a log scale with 2 always among
 * them. 2 cores: 1, 2, 4; 16: 1, 2, 4, 8, 16, 32; 64: 1, 2, 8, 32, 64, 128; 256: 1, 2, 16, 128, 256, 512.
 *
 * <p>The shared counter is the one experiment whose work grows with its workers (each adds {@code increments}), and
 * on one contended lock it cannot run in parallel: a level is run only while workers x increments stays within
 * {@value #MAX_COUNTER_INCREMENTS} per operation (16 workers of a million), else it is skipped with that reason.
 */
public final class WorkerLevels {

    /** Most worker levels a benchmark runs. */
    static final int MAX_LEVELS = 6;
    /** Most increments (workers x increments) one operation of the counter experiment makes. */
    static final long MAX_COUNTER_INCREMENTS = 16_000_000;

    private WorkerLevels() {
    }

    /**
     * The levels for {@code cores}: 1, the intermediate powers of two, the core count and, if {@code twiceTheCores},
     * twice it; or 1 and the core count only when {@code intermediate} is false.
     */
    static List<Integer> of(int cores, boolean intermediate, boolean twiceTheCores) {
        TreeSet<Integer> levels = new TreeSet<>(List.of(1, cores));
        if (twiceTheCores) {
            levels.add(2 * cores);
        }
        if (intermediate) {
            List<Integer> between = new ArrayList<>();
            for (int w = 2; w < cores; w *= 2) {
                between.add(w);
            }
            int room = MAX_LEVELS - levels.size();
            if (between.size() <= room) {
                levels.addAll(between);
            } else {
                for (int k = 0; k < room; k++) {
                    levels.add(between.get((int) Math.round(k * (between.size() - 1) / (double) (room - 1))));
                }
            }
        }
        return new ArrayList<>(levels);
    }

    /** Why a counter cell of {@code workers} adding {@code increments} each is not run, or null to run it. */
    static String counterSkipReason(long workers, long increments, Profile profile) {
        long all = workers * increments;
        return all > MAX_COUNTER_INCREMENTS
                ? Figures.workers((int) workers) + " x " + Figures.count(increments) + " increments = "
                + Figures.count(all) + " per operation on one counter; the " + profile.label() + " profile allows "
                + Figures.count(MAX_COUNTER_INCREMENTS) + " (a contended counter takes seconds per operation beyond that)"
                : null;
    }
}

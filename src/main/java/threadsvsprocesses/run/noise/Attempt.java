package threadsvsprocesses.run.noise;

/**
 * One measurement of a fork that was measured twice because its first attempt was noisy, as {@code plan.json}
 * records both. The attempt not kept stays on disk, under {@code jmh/not-kept/}; the kept one's forks are in the
 * cell's result file.
 *
 * @param number     1 or 2
 * @param status     what JMH made of it: done or failed
 * @param resultFile its JMH JSON, relative to the run folder; empty if it has none
 * @param noise      the machine's noise during it
 * @param kept       whether the cell's result holds this attempt's fork
 * @param fork       which of the cell's forks it measured (1-based); 0 in plan.json files of older versions, which
 *                   measured all of a cell's forks in one attempt
 */
public record Attempt(int number, String status, String resultFile, CellNoise noise, boolean kept, int fork) {

    /** An attempt of a fork not yet numbered. */
    public Attempt(int number, String status, String resultFile, CellNoise noise, boolean kept) {
        this(number, status, resultFile, noise, kept, 0);
    }

    /** This attempt, as one of the cell's fork {@code n}. */
    public Attempt ofFork(int n) {
        return new Attempt(number, status, resultFile, noise, kept, n);
    }

    /** This attempt, its JSON now in {@code file}. */
    public Attempt withResultFile(String file) {
        return new Attempt(number, status, file, noise, kept, fork);
    }
}

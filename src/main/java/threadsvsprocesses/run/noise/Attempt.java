package threadsvsprocesses.run.noise;

/**
 * One measurement of a cell that was measured twice because its first attempt was noisy, as {@code plan.json}
 * records both. The attempt not kept stays on disk, under {@code jmh/not-kept/}.
 *
 * @param number     1 or 2
 * @param status     what JMH made of it: done or failed
 * @param resultFile its JMH JSON, relative to the run folder; empty if it has none
 * @param noise      the machine's noise during it
 * @param kept       whether the cell's result is this attempt's
 */
public record Attempt(int number, String status, String resultFile, CellNoise noise, boolean kept) {
}

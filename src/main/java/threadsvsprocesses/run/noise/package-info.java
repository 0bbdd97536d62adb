/**
 * What disturbs a run, and what a run does about it: the noise of each cell, from two readings of the machine's CPU
 * accounting ({@code CellNoise}), what {@code --on-noise} does with a noisy cell ({@code NoiseGuard}: retry, keep,
 * stop), and one run at a time on a machine ({@code RunLock}: the suite's lock and JMH's). {@code CellNoise} is the
 * per-cell record the console, the CSV and the pages print. Depends on {@code run} and {@code run.machine}.
 */
package threadsvsprocesses.run.noise;

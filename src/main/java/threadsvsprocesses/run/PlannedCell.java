package threadsvsprocesses.run;

import threadsvsprocesses.run.noise.Attempt;
import threadsvsprocesses.run.noise.CellNoise;

import java.util.List;
import java.util.Map;

/**
 * One cell of a run: a benchmark with one value for each of its parameters, and what became of it.
 *
 * @param benchmark  JMH's full benchmark name, e.g. {@code threadsvsprocesses.benchmarks.CountdownBenchmark.countdown}
 * @param workload   countdown, squares or sleep
 * @param params     the JMH parameters exactly as passed to JMH (model, workers resolved to a number, count or
 *                   tasks and sleepMillis)
 * @param status     {@link Status}
 * @param reason     why it was skipped or failed; for a measured cell, a note on how it was measured (e.g. a
 *                   process pool rebuilt during it, {@link PoolRebuilds}), else empty
 * @param resultFile the JMH JSON file holding its result, relative to the run folder; empty if none
 * @param noise      how much the machine disturbed it while it was measured (the kept attempt's); null if it was
 *                   not measured, or by a version that did not record noise
 * @param attempts   both attempts of a cell measured twice because it was noisy; empty otherwise
 * @param seconds    its estimated and actual seconds ({@link CellSeconds}); null in plans of older versions
 * @param forks      the forks it was measured in and why that many ({@link Forks}); null until measured, and in
 *                   plan.json files of older versions
 */
public record PlannedCell(
        String benchmark,
        String workload,
        Map<String, String> params,
        Status status,
        String reason,
        String resultFile,
        CellNoise noise,
        List<Attempt> attempts,
        CellSeconds seconds,
        Forks forks) {

    public PlannedCell {
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
    }

    /** A cell without noise figures or forks (not measured yet). */
    public PlannedCell(String benchmark, String workload, Map<String, String> params, Status status, String reason,
                       String resultFile) {
        this(benchmark, workload, params, status, reason, resultFile, null, null, null, null);
    }

    /**
     * The forks a cell was measured in, in plan.json: how many, and why, e.g. "5 forks: ±3.1% after 5 (target ±5%)" or
     * "8 forks: ±9.2% after 5, ±4.4% after 8 (target ±5%, cap 8)".
     *
     * @param count how many forks the cell's result holds
     * @param why   how the count came about: the interval after each batch, the target and the cap
     */
    public record Forks(int count, String why) {
    }

    /**
     * What became of a cell: in {@code plan.json} by name ({@code DONE}), in {@code results.csv} and the pages by
     * {@link #label()} ({@code done}).
     */
    public enum Status {
        /** Not run yet (a run that was interrupted leaves such cells behind). */
        PLANNED,
        /** Not run, on purpose; the reason says why (e.g. 10,000 child JVMs at once). */
        SKIPPED,
        /** Measured; the result file holds JMH's numbers. */
        DONE,
        /** Run, but JMH gave no result; the reason says what went wrong. */
        FAILED;

        /** As written in results.csv and shown on the pages: {@code done}, {@code skipped}, ... */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The status written as {@code label}, or null if there is none such. */
        public static Status byLabel(String label) {
            for (Status s : values()) {
                if (s.label().equals(label)) {
                    return s;
                }
            }
            return null;
        }
    }

    public PlannedCell withOutcome(Status newStatus, String newReason, String newResultFile) {
        return new PlannedCell(benchmark, workload, params, newStatus, newReason, newResultFile, noise, attempts,
                seconds, forks);
    }

    /** This cell with the noise it was measured under, and its attempts if it was measured twice. */
    public PlannedCell withNoise(CellNoise newNoise, List<Attempt> newAttempts) {
        return new PlannedCell(benchmark, workload, params, status, reason, resultFile, newNoise, newAttempts, seconds,
                forks);
    }

    /** This cell with its estimated and actual seconds. */
    public PlannedCell withSeconds(CellSeconds newSeconds) {
        return new PlannedCell(benchmark, workload, params, status, reason, resultFile, noise, attempts, newSeconds,
                forks);
    }

    /** This cell with its fork record. */
    public PlannedCell withForks(Forks newForks) {
        return new PlannedCell(benchmark, workload, params, status, reason, resultFile, noise, attempts, seconds,
                newForks);
    }
}

package threadsvsprocesses.report.compare;

/**
 * One checked row of a run's results.csv. Numbers that were empty are NaN (or 0 samples); text is never null.
 *
 * @param line        the line of the file the row starts on (1 = the header)
 * @param key         what the row measured
 * @param workload    countdown, squares, sleep or an experiment's label
 * @param model       the execution model or the experiment's subject value
 * @param workers     threads or processes at work; NaN where not applicable
 * @param tasks       the tasks column as written (empty where not applicable)
 * @param count       the count column as written
 * @param sleepMillis the sleep_millis column as written
 * @param status      done, skipped, failed or planned
 * @param reason      why a cell was skipped or failed
 * @param score       JMH's score in {@code unit}
 * @param scoreError  JMH's 99.9% half-width in {@code unit}; NaN if JMH had too few samples
 * @param scoreStdev  standard deviation of the samples in {@code unit}; NaN if not recorded
 * @param samples     number of samples; 0 if not recorded
 * @param unit        unit of score
 * @param scoreMs     score in milliseconds per operation (primary rows)
 * @param speedup     single-thread time over this time, on the same machine
 * @param efficiency  speedup / workers
 */
public record RunRow(int line, MeasurementKey key, String workload, String model, double workers, String tasks,
                     String count, String sleepMillis, String status, String reason, double score, double scoreError,
                     double scoreStdev, long samples, String unit, double scoreMs, double speedup, double efficiency) {

    /** status of a measured cell. */
    public static final String DONE = "done";

    /** Whether the row holds a score to compare. */
    public boolean measured() {
        return DONE.equals(status) && !Double.isNaN(score);
    }
}

package threadsvsprocesses.report.rows;

/**
 * One measured figure of a cell, as JMH gave it: its primary score or one of its secondary metrics.
 *
 * @param score      the score, in {@code unit}
 * @param scoreError the 99.9% half-interval of the score, NaN where JMH could not compute it (fewer than 3 samples)
 * @param unit       the score's unit, e.g. {@code ms/op}, {@code ops/s} or {@code #}
 * @param samples    how many measurements the score summarises, over all forks
 * @param stdev      standard deviation of those measurements, NaN below 2 (or where JMH kept no raw data)
 */
public record Metric(double score, double scoreError, String unit, long samples, double stdev) {
}

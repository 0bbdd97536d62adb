package threadsvsprocesses.report.rows;

/**
 * One measured figure of a cell: its primary score or one of its secondary metrics, as JMH gave it, with the suite's
 * own interval ({@link Interval}: from the forks' means, not from iterations pooled as if independent).
 *
 * @param score      the score, in {@code unit}
 * @param scoreError JMH's 99.9% half-interval of the score, as JMH wrote it (iterations of all forks pooled); NaN where
 *                   JMH could not compute it (fewer than 3 samples)
 * @param unit       the score's unit, e.g. {@code ms/op}, {@code ops/s} or {@code #}
 * @param samples    how many measurements the score summarises, over all forks
 * @param stdev      standard deviation of those measurements, NaN below 2 (or where JMH kept no raw data)
 * @param interval   the suite's interval of the score, in {@code unit}; what claims, tables, charts and compare use
 */
public record Metric(double score, double scoreError, String unit, long samples, double stdev, Interval interval) {

    public Metric {
        interval = interval == null ? Interval.fromJmh(score, scoreError) : interval;
    }

    /** A figure without the suite's interval (a file of an older version): JMH's error stands in for it. */
    public Metric(double score, double scoreError, String unit, long samples, double stdev) {
        this(score, scoreError, unit, samples, stdev, null);
    }

    /** Half the width of the suite's interval, in {@code unit}; NaN without one. */
    public double halfWidth() {
        return interval.halfWidth();
    }
}

package threadsvsprocesses.report.rows;

import java.util.Map;

/**
 * One result object of JMH's JSON output, reduced to what the report needs.
 *
 * @param benchmark  JMH's full benchmark name
 * @param mode       JMH's mode string: {@code ss}, {@code avgt}, {@code thrpt} or {@code sample}
 * @param params     the benchmark's parameters, as strings (empty if it has none)
 * @param primary    the primary metric
 * @param secondary  secondary metrics by name (e.g. an {@code @AuxCounters} field such as {@code lostUpdates}), in
 *                   JMH's order; empty if none
 */
public record JmhResult(
        String benchmark,
        String mode,
        Map<String, String> params,
        Metric primary,
        Map<String, Metric> secondary) {

    /** Shorthand for a result with a primary metric only. */
    public JmhResult(String benchmark, String mode, Map<String, String> params, double score, double scoreError,
                     String unit, long samples) {
        this(benchmark, mode, params, new Metric(score, scoreError, unit, samples, Double.NaN), Map.of());
    }

    /** The primary score. */
    public double score() {
        return primary.score();
    }

    /** The primary score's error. */
    public double scoreError() {
        return primary.scoreError();
    }

    /** The primary score's unit. */
    public String unit() {
        return primary.unit();
    }

    /** Samples behind the primary score. */
    public long samples() {
        return primary.samples();
    }

    /**
     * True if this result measured {@code benchmarkName} with every parameter of {@code cellParams}. The result may
     * hold more: parameters of the benchmark's class that the cell's method does not use, at their defaults (the
     * CPython benchmark's {@code tasks} on its countdown).
     */
    public boolean matches(String benchmarkName, Map<String, String> cellParams) {
        Map<String, String> wanted = cellParams == null ? Map.of() : cellParams;
        // a cell without parameters matches only a result without any
        return benchmark.equals(benchmarkName) && (wanted.isEmpty() ? params.isEmpty()
                : params.entrySet().containsAll(wanted.entrySet()));
    }
}

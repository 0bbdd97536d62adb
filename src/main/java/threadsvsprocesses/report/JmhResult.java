package threadsvsprocesses.report;

import java.util.Map;

/**
 * One result object of JMH's JSON output, reduced to what the report needs.
 *
 * @param benchmark  JMH's full benchmark name
 * @param mode       JMH's mode string: {@code ss}, {@code avgt}, {@code thrpt} or {@code sample}
 * @param params     the benchmark's parameters, as strings (empty if it has none)
 * @param score      the primary metric's score, in {@code unit}
 * @param scoreError the 99.9% half-interval of the score, NaN where JMH could not compute it (fewer than 3 samples)
 * @param unit       the score's unit, e.g. {@code ms/op} or {@code ops/s}
 * @param samples    how many measurements the score summarises, over all forks
 */
public record JmhResult(
        String benchmark,
        String mode,
        Map<String, String> params,
        double score,
        double scoreError,
        String unit,
        long samples) {

    /** True if this result measured {@code benchmarkName} with exactly {@code cellParams}. */
    public boolean matches(String benchmarkName, Map<String, String> cellParams) {
        Map<String, String> wanted = cellParams == null ? Map.of() : cellParams;
        return benchmark.equals(benchmarkName) && params.equals(wanted);
    }
}

package threadsvsprocesses.report.compare;

/**
 * What identifies "the same measurement" in several runs: the benchmark, its parameters and the metric.
 *
 * @param benchmark JMH's full benchmark name
 * @param params    the cell's parameters, {@code name=value} joined by {@code ;} and sorted by name, with
 *                  {@code workers} set to the threads or processes at work (see {@link ResultsReader})
 * @param metric    {@code primary} or a secondary metric's name
 */
public record MeasurementKey(String benchmark, String params, String metric) {

    /** The metric name of JMH's primary result. */
    public static final String PRIMARY = "primary";

    /** Whether this is JMH's primary metric. */
    public boolean primary() {
        return PRIMARY.equals(metric);
    }

    /** One line for messages, e.g. {@code CountdownBenchmark.countdown [count=50000000;model=multi-thread;workers=2]}. */
    public String describe() {
        String shortName = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
        return shortName + " [" + params + "]" + (primary() ? "" : " " + metric);
    }
}

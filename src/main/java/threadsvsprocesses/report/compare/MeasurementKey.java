package threadsvsprocesses.report.compare;

import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.SweepRows;

import java.util.TreeMap;

/**
 * What identifies "the same measurement" in several runs: the benchmark, its parameters and the metric.
 *
 * @param benchmark JMH's full benchmark name
 * @param params    the cell's parameters, {@code name=value} joined by {@code ;} and sorted by name, with
 *                  {@code workers} set to the threads or processes at work (the row's workers)
 * @param metric    {@code primary} or a secondary metric's name
 */
public record MeasurementKey(String benchmark, String params, String metric) {

    /**
     * The key of a row. Its {@code workers} parameter is the threads or processes at work: old and new results.csv
     * files then agree, and the sleep workload, whose workers parameter is the core count while the threads at work
     * are its tasks, lines up across machines with different cores. The task-size sweep's break-even rows have no
     * {@code workers} in their key: they line up across machines whatever their cores. A CPython row's key keeps its
     * {@code runtime} and leaves out its {@code python} command, so the same interpreter lines up wherever it was
     * installed.
     */
    static MeasurementKey of(ResultRow row) {
        TreeMap<String, String> p = new TreeMap<>(row.params());
        if (SweepRows.isBreakEven(row)) {
            // a break-even figure is a model's, in µs of single-thread work per task: the same measurement on a
            // machine of any core count, so a laptop's and a server's line up
            p.remove("workers");
        } else if (row.workers() > 0) {
            p.put("workers", Integer.toString(row.workers()));
        }
        if (row.cpython()) {
            // the interpreter's command is a path of its machine; what it is (the runtime, kept) is the measurement's
            p.remove("python");
        }
        StringBuilder s = new StringBuilder();
        p.forEach((name, value) -> s.append(s.isEmpty() ? "" : ";").append(name).append('=').append(value));
        return new MeasurementKey(row.benchmark(), s.toString(), row.metric());
    }

    /** Whether this is JMH's primary metric. */
    public boolean primary() {
        return ResultRow.PRIMARY.equals(metric);
    }

    /** One line for messages, e.g. {@code CountdownBenchmark.countdown [count=50000000;model=multi-thread;workers=2]}. */
    public String describe() {
        String shortName = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
        return shortName + " [" + params + "]" + (primary() ? "" : " " + metric);
    }
}

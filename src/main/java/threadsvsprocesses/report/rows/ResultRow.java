package threadsvsprocesses.report.rows;

import threadsvsprocesses.cpython.CpythonModel;
import threadsvsprocesses.execution.ExecutionModel;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.run.PlannedCell.Status;
import threadsvsprocesses.run.noise.CellNoise;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One line of {@code results.csv} without the run's own columns (run id, machine, JVM): either a cell of the run with
 * JMH's primary score, or one secondary metric of a measured cell. The same model whether the row was just built
 * from JMH's JSON ({@link RowBuilder}) or read back from a results.csv of any machine ({@link ResultsCsvReader}), so
 * charts, pages, claims and {@code compare} all read rows alike.
 *
 * @param benchmark  JMH's full benchmark name
 * @param workload   countdown, squares, sleep, or an experiment's label (startup, memory, ...)
 * @param model      the execution model, or for an experiment what it compares (its {@code channel}, ...)
 * @param workers    threads or processes at work at once (see {@link RowBuilder#effectiveWorkers}); 0 where unknown
 * @param params     every JMH parameter of the cell, sorted by name
 * @param metric     {@link #PRIMARY} for JMH's primary score, else a secondary metric's name ({@code lostUpdates})
 * @param mode       JMH's mode ({@code ss}, {@code avgt}, {@code thrpt}); empty unless done
 * @param value      the measured figure; null unless the row is {@link Status#DONE done}
 * @param scoreMs    the primary score in milliseconds per operation; NaN for secondary metrics and unless done
 * @param speedup    single-thread time of the same workload and size / this time; NaN without a baseline
 * @param efficiency speedup / workers; NaN without a speedup
 * @param status     what became of the cell
 * @param reason     why it was skipped or failed; empty otherwise
 * @param noise      how much the machine disturbed the cell while it was measured; null where not recorded (a cell
 *                   not measured, or a results.csv of an older version)
 */
public record ResultRow(String benchmark, String workload, String model, int workers, SortedMap<String, String> params,
                        String metric, String mode, Metric value, double scoreMs, double speedup, double efficiency,
                        Status status, String reason, CellNoise noise) {

    /** The metric of a row that holds JMH's primary score. */
    public static final String PRIMARY = "primary";

    public ResultRow {
        params = Collections.unmodifiableSortedMap(new TreeMap<>(params == null ? Map.of() : params));
        reason = reason == null ? "" : reason;
        mode = mode == null ? "" : mode;
    }

    /** A row without noise figures. */
    public ResultRow(String benchmark, String workload, String model, int workers, SortedMap<String, String> params,
                     String metric, String mode, Metric value, double scoreMs, double speedup, double efficiency,
                     Status status, String reason) {
        this(benchmark, workload, model, workers, params, metric, mode, value, scoreMs, speedup, efficiency, status,
                reason, null);
    }

    /** The cell as the console names it: "countdown count=50000000 model=multi-thread workers=2". */
    public String describeCell() {
        StringBuilder sb = new StringBuilder(workload);
        params.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        return sb.toString();
    }

    /** True if the machine disturbed the cell while it was measured (see {@link CellNoise#noisy}). */
    public boolean noisy() {
        return noise != null && noise.noisy();
    }

    /** This row with the noise its cell was measured under. */
    public ResultRow withNoise(CellNoise newNoise) {
        return new ResultRow(benchmark, workload, model, workers, params, metric, mode, value, scoreMs, speedup,
                efficiency, status, reason, newNoise);
    }

    /** A row that holds no figure: a cell skipped, failed or not reached (or a done cell's lost result). */
    public static ResultRow unmeasured(String benchmark, String workload, String model, int workers,
                                       Map<String, String> params, Status status, String reason) {
        return new ResultRow(benchmark, workload, model, workers, new TreeMap<>(params), PRIMARY, "", null, Double.NaN,
                Double.NaN, Double.NaN, status, reason);
    }

    /** True if the row holds the primary metric (every cell has exactly one such row). */
    public boolean primary() {
        return PRIMARY.equals(metric);
    }

    /** True if the row has a usable time: a measured primary metric. */
    public boolean measured() {
        return primary() && status == Status.DONE && value != null && !Double.isNaN(scoreMs);
    }

    /** True if the row holds a figure: a done row with a score, primary or secondary (what compare compares). */
    public boolean scored() {
        return status == Status.DONE && value != null && !Double.isNaN(value.score());
    }

    /** The score in {@link #unit()}; NaN unless measured. */
    public double score() {
        return value == null ? Double.NaN : value.score();
    }

    /** JMH's 99.9% error of the score, as JMH wrote it; NaN where unknown. */
    public double scoreError() {
        return value == null ? Double.NaN : value.scoreError();
    }

    /** The suite's interval of the score ({@link Interval}), in {@link #unit()}; none unless scored. */
    public Interval interval() {
        return value == null ? Interval.none(0) : value.interval();
    }

    /** Half the width of the suite's interval, in {@link #unit()}; NaN without one. */
    public double halfWidth() {
        return interval().halfWidth();
    }

    /** Forks behind the score; 0 where unknown. */
    public int forks() {
        return interval().forks();
    }

    /** Standard deviation of the samples; NaN where unknown. */
    public double scoreStdev() {
        return value == null ? Double.NaN : value.stdev();
    }

    /** Samples behind the score; 0 unless measured. */
    public long samples() {
        return value == null ? 0 : value.samples();
    }

    /** The score's unit; empty unless measured. */
    public String unit() {
        return value == null ? "" : value.unit();
    }

    /** The lower end of the suite's interval in milliseconds per operation (primary rows); NaN where unknown. */
    public double lowMs() {
        return endsMs()[0];
    }

    /** The upper end of the suite's interval in milliseconds per operation; infinite for a rate whose interval reaches 0. */
    public double highMs() {
        return endsMs()[1];
    }

    /**
     * Half the width of the suite's interval in milliseconds per operation (primary rows), for a symmetric error bar:
     * for a rate (ops/s), whose interval is not symmetric once inverted, the larger side. NaN where unknown.
     */
    public double errorMs() {
        double[] ends = endsMs();
        return Math.max(scoreMs - ends[0], ends[1] - scoreMs);
    }

    private double[] endsMs() {
        Interval i = interval();
        if (!primary() || !i.known()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double a = Units.toMillisPerOp(i.low(), unit());
        double b = Units.toMillisPerOp(i.high(), unit());
        if (unit().trim().startsWith("ops/") && !(i.low() > 0)) {
            a = Double.POSITIVE_INFINITY; // a rate whose interval reaches zero: the time per operation is unbounded
        }
        return new double[] {Math.min(a, b), Math.max(a, b)};
    }

    /** The value of the cell's parameter {@code name}, or "" if it has none. */
    public String param(String name) {
        return params.getOrDefault(name, "");
    }

    /** The cell's parameter {@code name} as a number; NaN if it has none or it is not a number. */
    public double number(String name) {
        try {
            return Double.parseDouble(param(name).trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The {@code tasks} parameter (the CSV's tasks column), or "". */
    public String tasks() {
        return param("tasks");
    }

    /** The {@code count} parameter of a workload (the CSV's count column); "" for experiments. */
    public String count() {
        return isExperiment() ? "" : param("count");
    }

    /** The {@code sleepMillis} parameter of a workload (the CSV's sleep_millis column); "" for experiments. */
    public String sleepMillis() {
        return isExperiment() ? "" : param("sleepMillis");
    }

    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("(\\d+\\.\\d+)(?:\\.\\d+)?");

    /** What {@link #runtime()} says of a row the JVM measured. */
    public static final String JVM = "JVM";

    /**
     * The runtime that measured the row: {@link #JVM}, or for a CPython model the interpreter as the planner found
     * it (its {@code runtime} parameter, e.g. {@code CPython 3.11.7 (GIL)}).
     */
    public String runtime() {
        if (!CpythonModel.isCpython(model)) {
            return JVM;
        }
        String found = params.getOrDefault("runtime", "");
        return found.isEmpty() ? "CPython" : found;
    }

    /**
     * The row's name in a chart's legend: its model, and for a CPython model the interpreter's version in short
     * ({@code cpython-thread 3.11}, or {@code 3.13t} for a free-threaded build), so that two interpreters' series
     * stay apart.
     */
    public String seriesName() {
        return cpython() ? model + " " + shortRuntime(runtime()) : model;
    }

    /**
     * A runtime in short: {@code 3.11} for {@code CPython 3.11.7 (GIL)}, {@code 3.13t} for a free-threaded build,
     * {@code JVM} for the JVM; the runtime itself where it has no version.
     */
    public static String shortRuntime(String runtime) {
        // major.minor of the first version in the label
        java.util.regex.Matcher m = VERSION.matcher(runtime);
        if (!m.find()) {
            return runtime;
        }
        return m.group(1) + (runtime.contains("free-threaded") ? "t" : "");
    }

    /**
     * Milliseconds per unit of work (per countdown step, per term of squares): the score over its {@code count};
     * NaN without one. It sets runtimes of different sizes side by side.
     */
    public double msPerUnit() {
        double units = number("count");
        return units > 0 ? scoreMs / units : Double.NaN;
    }

    /** Whether a CPython model measured the row. */
    public boolean cpython() {
        return CpythonModel.isCpython(model);
    }

    /** The model this row's speedup is measured against: single-thread, or cpython-single for a CPython model. */
    public String baselineModel() {
        return baselineOf(model);
    }

    /** The baseline of {@code model}: single-thread, or cpython-single for a CPython model. */
    public static String baselineOf(String model) {
        return CpythonModel.isCpython(model) ? CpythonModel.CPYTHON_SINGLE.label() : ExecutionModel.SINGLE_THREAD.label();
    }

    /** Whether this row is a baseline (single-thread or cpython-single). */
    public boolean baseline() {
        return baselineOf(model).equals(model);
    }

    /** True if the row belongs to an experiment rather than one of the three workloads. */
    public boolean isExperiment() {
        return Experiment.byLabel(workload).isPresent();
    }

    /**
     * The size of the cell's work: every parameter but its model (or subject) and workers, with the workload. Rows
     * with the same size key share a single-thread baseline (countdown: the count; sleep: tasks and sleepMillis;
     * pool-map: tasks and taskUnits).
     */
    public String sizeKey() {
        Map<String, String> sizes = new TreeMap<>(params);
        sizes.remove(Experiment.byLabel(workload).map(Experiment::subject).orElse("model"));
        sizes.remove("workers");
        return workload + "|" + sizes;
    }

    /** True if {@code other} is a row of the same cell (same benchmark and parameters), any metric. */
    public boolean sameCell(ResultRow other) {
        return benchmark.equals(other.benchmark) && params.equals(other.params);
    }

    /** Returns this row with a speedup, and the efficiency it gives. */
    public ResultRow withSpeedup(double newSpeedup) {
        double eff = workers > 0 ? newSpeedup / workers : Double.NaN;
        return new ResultRow(benchmark, workload, model, workers, params, metric, mode, value, scoreMs, newSpeedup, eff,
                status, reason, noise);
    }
}

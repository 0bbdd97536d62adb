package threadsvsprocesses.report.compare;

import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.report.rows.Interval;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.SchedulerBound;
import threadsvsprocesses.workload.Workload;
import threadsvsprocesses.report.rows.Units;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Several runs side by side: for every measurement (benchmark, parameters, metric) seen in any run, each run's
 * value, its ratio to the baseline run, whether the difference is significant ({@link Significance}) and, if it is,
 * whether it is large enough to matter ({@link #EQUIVALENCE}).
 *
 * @param runs     the runs, in the order given
 * @param baseline index of the baseline run in {@code runs}
 * @param labels   one legend label per run ({@link MachineLabels})
 * @param lines    one line per measurement, in report order
 */
public record Comparison(List<RunResults> runs, int baseline, List<String> labels, List<Line> lines) {

    /**
     * The smallest difference this comparison calls one: a significant difference whose ratio to the baseline is
     * within 5% of 1 ({@code |ratio - 1| < 0.05}) is {@link Verdict#EQUIVALENT}, not faster or slower. With forks as
     * the repetitions, tight intervals make differences of a few percent significant that matter to no one and that
     * the next run on the same machine need not repeat (the host's state drifts by that much).
     */
    public static final double EQUIVALENCE = 0.05;

    /** What a run shows for one measurement. */
    public enum Verdict {
        BASELINE("baseline"), FASTER("faster"), SLOWER("slower"), HIGHER("higher"), LOWER("lower"),
        NOT_SIGNIFICANT("no significant difference"), EQUIVALENT("equivalent (significant, but under 5%)"),
        NOT_TESTED("not tested (no interval)"),
        ABSENT("not in this run"), NOT_MEASURED("not measured"), NO_BASELINE("no baseline value"),
        UNITS_DIFFER("units differ");

        /** As written in reports. */
        public final String label;

        Verdict(String label) {
            this.label = label;
        }
    }

    /**
     * One run's entry for one measurement.
     *
     * @param row        the run's row; null if the run has none
     * @param value      the score in the line's unit; NaN unless measured
     * @param error      half the width of the suite's interval in that unit; NaN if unknown
     * @param low        the interval's lower end in that unit; NaN if unknown
     * @param high       its upper end
     * @param ratio      value / baseline value; NaN without both
     * @param test       the significance test against the baseline; null for the baseline and where not compared
     * @param verdict    what the entry shows
     * @param efficiencyPerCore speedup / min(workers, cores): how much of the cores in use the run turned into
     *                   speedup; NaN without a speedup
     * @param workersPerCore workers / cores; NaN without workers
     */
    public record Entry(ResultRow row, double value, double error, double low, double high, double ratio,
                        Significance.Result test, Verdict verdict, double efficiencyPerCore, double workersPerCore) {

        /** Whether the measurement depends on the host's scheduler ({@link SchedulerBound}). */
        public boolean schedulerBound() {
            return row != null && SchedulerBound.of(row);
        }
    }

    /**
     * One measurement across the runs.
     *
     * @param key      the measurement
     * @param example  a row describing it (workload, model, workers ...), from the first run that has it
     * @param unit     the unit values are shown in: the baseline's, else the first measured run's
     * @param entries  one per run, in run order
     * @param presentIn indices of the runs that have a row for it
     */
    public record Line(MeasurementKey key, ResultRow example, String unit, List<Entry> entries, List<Integer> presentIn) {

        /** Whether every run has a row for this measurement. */
        public boolean inAllRuns() {
            return presentIn.size() == entries.size();
        }
    }

    /** Compares {@code runs} against {@code runs.get(baseline)}. */
    public static Comparison of(List<RunResults> runs, int baseline) {
        Set<MeasurementKey> keys = new LinkedHashSet<>();
        runs.forEach(r -> keys.addAll(r.rows().keySet()));
        List<Line> lines = new ArrayList<>();
        for (MeasurementKey key : keys) {
            lines.add(line(key, runs, baseline));
        }
        lines.sort(ORDER);
        return new Comparison(List.copyOf(runs), baseline, MachineLabels.of(runs), List.copyOf(lines));
    }

    /** Workloads in report order: the suite's three first, then others by name. */
    static int workloadOrder(String workload) {
        for (Workload w : Workload.values()) {
            if (w.label().equals(workload)) {
                return w.ordinal();
            }
        }
        return Workload.values().length;
    }

    /** Models in the suite's order, others after. */
    static int modelOrder(String model) {
        for (ExecutionModel m : ExecutionModel.values()) {
            if (m.label().equals(model)) {
                return m.ordinal();
            }
        }
        return ExecutionModel.values().length;
    }

    private static final Comparator<Line> ORDER = Comparator
            .comparingInt((Line l) -> workloadOrder(l.example().workload()))
            .thenComparing(l -> l.example().workload())
            .thenComparing(l -> l.key().benchmark())
            .thenComparing(l -> !l.key().primary())
            .thenComparing(l -> l.key().metric())
            .thenComparingInt(l -> modelOrder(l.example().model()))
            .thenComparing(l -> l.example().model())
            .thenComparingDouble(l -> parse(l.example().count()))
            .thenComparingDouble(l -> parse(l.example().sleepMillis()))
            .thenComparingDouble(l -> parse(l.example().tasks()))
            .thenComparingInt(l -> l.example().workers() > 0 ? l.example().workers() : -1)
            .thenComparing(l -> l.key().params());

    private static Line line(MeasurementKey key, List<RunResults> runs, int baseline) {
        List<Integer> present = new ArrayList<>();
        ResultRow example = null;
        for (int i = 0; i < runs.size(); i++) {
            ResultRow row = runs.get(i).rows().get(key);
            if (row != null) {
                present.add(i);
                example = example == null ? row : example;
            }
        }
        ResultRow base = runs.get(baseline).rows().get(key);
        String unit = base != null && base.scored() ? base.unit() : present.stream()
                .map(i -> runs.get(i).rows().get(key)).filter(ResultRow::scored).map(ResultRow::unit).findFirst()
                .orElse(example.unit());
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            entries.add(entry(runs.get(i), runs.get(i).rows().get(key), i == baseline, base, unit));
        }
        return new Line(key, example, unit, List.copyOf(entries), List.copyOf(present));
    }

    private static Entry entry(RunResults run, ResultRow row, boolean isBaseline, ResultRow base, String unit) {
        if (row == null) {
            return new Entry(null, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, Verdict.ABSENT,
                    Double.NaN, Double.NaN);
        }
        double workersPerCore = row.workers() > 0 ? (double) row.workers() / run.cores() : Double.NaN;
        double used = row.workers() > 0 ? Math.min(row.workers(), run.cores()) : Double.NaN;
        double perCore = used > 0 ? row.speedup() / used : Double.NaN;
        if (!row.scored()) {
            return new Entry(row, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null,
                    Verdict.NOT_MEASURED, perCore, workersPerCore);
        }
        double f = factor(row.unit(), unit);
        if (!isBaseline && base != null && base.scored() && Double.isNaN(f)) {
            return new Entry(row, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null,
                    Verdict.UNITS_DIFFER, perCore, workersPerCore);
        }
        Significance.Sample sample = sample(row, f);
        double value = sample.mean();
        double error = row.halfWidth() * f;
        if (isBaseline || base == null || !base.scored()) {
            return new Entry(row, value, error, sample.low(), sample.high(), isBaseline ? 1.0 : Double.NaN, null,
                    isBaseline ? Verdict.BASELINE : Verdict.NO_BASELINE, perCore, workersPerCore);
        }
        Significance.Result test = Significance.test(sample, sample(base, 1));
        double ratio = base.score() == 0 ? Double.NaN : value / base.score();
        return new Entry(row, value, error, sample.low(), sample.high(), ratio, test,
                verdict(test, value, base.score(), ratio, unit), perCore, workersPerCore);
    }

    /** A row's side of a test, in the line's unit ({@code factor} converts from the row's). */
    private static Significance.Sample sample(ResultRow row, double factor) {
        Interval i = row.interval().scaled(factor);
        return new Significance.Sample(row.score() * factor, i.low(), i.high(), i.forks(), i.forkStdev());
    }

    private static Verdict verdict(Significance.Result test, double value, double base, double ratio, String unit) {
        if (test.test() == Significance.Test.NONE) {
            return Verdict.NOT_TESTED;
        }
        if (!test.significant()) {
            return Verdict.NOT_SIGNIFICANT;
        }
        if (Math.abs(ratio - 1) < EQUIVALENCE) {
            return Verdict.EQUIVALENT;
        }
        boolean higher = value > base;
        String u = unit.trim().toLowerCase(Locale.ROOT);
        if (u.endsWith("/op")) {
            return higher ? Verdict.SLOWER : Verdict.FASTER; // time per operation: lower is better
        }
        if (u.startsWith("ops/")) {
            return higher ? Verdict.FASTER : Verdict.SLOWER; // operations per time: higher is better
        }
        return higher ? Verdict.HIGHER : Verdict.LOWER;
    }

    /**
     * The factor turning a value in {@code from} into {@code to}: 1 for the same unit; the ratio of the time units
     * for two times per operation or two rates; NaN when the units cannot be converted.
     */
    static double factor(String from, String to) {
        if (from.equals(to)) {
            return 1;
        }
        boolean times = from.endsWith("/op") && to.endsWith("/op");
        boolean rates = from.startsWith("ops/") && to.startsWith("ops/");
        double f = Units.toMillisPerOp(1, from) / Units.toMillisPerOp(1, to);
        return times ? f : rates ? 1 / f : Double.NaN;
    }

    /** The baseline run. */
    public RunResults baselineRun() {
        return runs.get(baseline);
    }

    /** Lines present in at least two runs: the ones compared. */
    public List<Line> compared() {
        return lines.stream().filter(l -> l.presentIn().size() >= 2).toList();
    }

    /** Lines missing from at least one run. */
    public List<Line> partial() {
        return lines.stream().filter(l -> !l.inAllRuns()).toList();
    }

    static double parse(String s) {
        try {
            return s == null || s.isEmpty() ? -1 : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

package threadsvsprocesses.report.claims;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.report.rows.Metric;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RunRows;
import threadsvsprocesses.run.PlannedCell.Status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Made-up rows of a run, built as RowBuilder builds them (a primary row, then one row per secondary metric); used by
 * the claims' and the findings' tests.
 */
public final class MadeUpRun {

    public static final int CORES = 4;

    private final List<ResultRow> rows = new ArrayList<>();

    /** A measured cell: time in ms/op with its error (NaN for none), and secondary metrics name, score, error. */
    public MadeUpRun cell(String workload, double ms, double errorMs, Map<String, String> params, Object... secondary) {
        String subject = Experiment.byLabel(workload).map(Experiment::subject).orElse("model");
        String model = params.getOrDefault(subject, "");
        int workers = "single-thread".equals(model) ? 1 : parse(params.getOrDefault("workers", "0"));
        String benchmark = "threadsvsprocesses.benchmarks.X." + workload;
        TreeMap<String, String> sorted = new TreeMap<>(params);
        rows.add(new ResultRow(benchmark, workload, model, workers, sorted, ResultRow.PRIMARY, "avgt",
                new Metric(ms, errorMs, "ms/op", 3, Double.NaN), ms, Double.NaN, Double.NaN, Status.DONE, ""));
        for (int i = 0; i < secondary.length; i += 3) {
            Metric m = new Metric(((Number) secondary[i + 1]).doubleValue(), ((Number) secondary[i + 2]).doubleValue(),
                    "#", 3, Double.NaN);
            rows.add(new ResultRow(benchmark, workload, model, workers, sorted, (String) secondary[i], "avgt", m,
                    Double.NaN, Double.NaN, Double.NaN, Status.DONE, ""));
        }
        return this;
    }

    /** A cell skipped on purpose: it must count as not measured. */
    public MadeUpRun skipped(String workload, Map<String, String> params) {
        return skipped(workload, params, "too many child JVMs");
    }

    /** A cell skipped on purpose, for {@code reason}. */
    public MadeUpRun skipped(String workload, Map<String, String> params, String reason) {
        String subject = Experiment.byLabel(workload).map(Experiment::subject).orElse("model");
        rows.add(ResultRow.unmeasured("threadsvsprocesses.benchmarks.X." + workload, workload,
                params.getOrDefault(subject, ""), parse(params.getOrDefault("workers", "0")), params, Status.SKIPPED,
                reason));
        return this;
    }

    /** The verdict of {@code rule} on these rows, on a machine of {@link #CORES} cores. */
    ClaimResult judge(ClaimRule rule) {
        return rule.judge(new RunData(rows(), CORES));
    }

    public RunRows rows() {
        return new RunRows(rows);
    }

    public static Map<String, String> p(String... nameValue) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put(nameValue[i], nameValue[i + 1]);
        }
        return m;
    }

    /** Countdown params. */
    public static Map<String, String> cpu(String model, int workers) {
        return p("count", "50000000", "model", model, "workers", Integer.toString(workers));
    }

    /** Sleep params. */
    public static Map<String, String> sleep(String model, int tasks) {
        return p("model", model, "sleepMillis", "100", "tasks", Integer.toString(tasks), "workers", "4");
    }

    private static int parse(String s) {
        return Integer.parseInt(s);
    }
}

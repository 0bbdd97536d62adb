package threadsvsprocesses.report.claims;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.report.rows.JmhResult;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.run.PlannedCell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Made-up rows of a run, built as RowBuilder builds them (a primary row, then one row per secondary metric). */
final class MadeUpRun {

    static final int CORES = 4;

    private final List<ResultRow> rows = new ArrayList<>();

    /** A measured cell: time in ms/op with its error (NaN for none), and secondary metrics name, score, error. */
    MadeUpRun cell(String workload, double ms, double errorMs, Map<String, String> params, Object... secondary) {
        String subject = Experiment.byLabel(workload).map(Experiment::subject).orElse("model");
        String model = params.getOrDefault(subject, "");
        int workers = "single-thread".equals(model) ? 1 : parse(params.getOrDefault("workers", "0"));
        Map<String, JmhResult.Metric> metrics = new LinkedHashMap<>();
        for (int i = 0; i < secondary.length; i += 3) {
            metrics.put((String) secondary[i], new JmhResult.Metric(((Number) secondary[i + 1]).doubleValue(),
                    ((Number) secondary[i + 2]).doubleValue(), "#", 3, Double.NaN));
        }
        PlannedCell cell = new PlannedCell("threadsvsprocesses.benchmarks.X." + workload, workload, params,
                PlannedCell.Status.DONE, "", "jmh/x.json");
        JmhResult result = new JmhResult(cell.benchmark(), "avgt", params,
                new JmhResult.Metric(ms, errorMs, "ms/op", 3, Double.NaN), metrics);
        rows.add(new ResultRow(cell, model, workers, params.getOrDefault("tasks", ""), params.getOrDefault("count", ""),
                params.getOrDefault("sleepMillis", ""), result, ResultRow.PRIMARY, ms, errorMs, Double.NaN,
                Double.NaN, ResultRow.DONE, ""));
        for (String name : metrics.keySet()) {
            rows.add(new ResultRow(cell, model, workers, "", "", "", result, name, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, ResultRow.DONE, ""));
        }
        return this;
    }

    /** A cell skipped on purpose: it must count as not measured. */
    MadeUpRun skipped(String workload, Map<String, String> params) {
        String subject = Experiment.byLabel(workload).map(Experiment::subject).orElse("model");
        PlannedCell cell = new PlannedCell("threadsvsprocesses.benchmarks.X." + workload, workload, params,
                PlannedCell.Status.SKIPPED, "too many child JVMs", "");
        rows.add(new ResultRow(cell, params.getOrDefault(subject, ""), parse(params.getOrDefault("workers", "0")),
                "", "", "", null, ResultRow.PRIMARY, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                ResultRow.SKIPPED, "too many child JVMs"));
        return this;
    }

    /** The verdict of {@code rule} on these rows, on a machine of {@link #CORES} cores. */
    ClaimResult judge(ClaimRule rule) {
        return rule.judge(new RunData(rows, CORES));
    }

    List<ResultRow> rows() {
        return rows;
    }

    static Map<String, String> p(String... nameValue) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put(nameValue[i], nameValue[i + 1]);
        }
        return m;
    }

    /** Countdown params. */
    static Map<String, String> cpu(String model, int workers) {
        return p("count", "50000000", "model", model, "workers", Integer.toString(workers));
    }

    /** Sleep params. */
    static Map<String, String> sleep(String model, int tasks) {
        return p("model", model, "sleepMillis", "100", "tasks", Integer.toString(tasks), "workers", "4");
    }

    private static int parse(String s) {
        return Integer.parseInt(s);
    }
}

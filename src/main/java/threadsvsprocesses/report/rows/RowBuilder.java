package threadsvsprocesses.report.rows;

import threadsvsprocesses.cpython.CpythonModel;
import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.workload.Workload;
import threadsvsprocesses.run.PlannedCell;
import threadsvsprocesses.run.PlannedCell.Status;
import threadsvsprocesses.run.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Joins every planned cell with its JMH result and computes speedup and efficiency against the single-thread
 * baseline of the same workload and size. Never drops a cell: a DONE cell whose result cannot be found becomes a
 * failed row whose reason names the file and what was missing.
 */
public final class RowBuilder {

    /** The model every speedup is measured against. */
    public static final String BASELINE_MODEL = ExecutionModel.SINGLE_THREAD.label();

    private final Path runDir;
    private final Map<String, Object> filesRead = new HashMap<>();

    private RowBuilder(Path runDir) {
        this.runDir = runDir;
    }

    /** One row per cell, in plan order, each measured cell followed by a row per secondary metric. */
    public static List<ResultRow> build(Path runDir, List<PlannedCell> cells) {
        RowBuilder builder = new RowBuilder(runDir);
        List<ResultRow> rows = new ArrayList<>();
        for (PlannedCell cell : cells) {
            int first = rows.size();
            builder.addRows(cell, rows);
            // every row of a cell carries the noise it was measured under
            rows.subList(first, rows.size()).replaceAll(r -> r.withNoise(cell.noise()));
        }
        return SweepRows.withBreakEvens(withSpeedups(rows));
    }

    private void addRows(PlannedCell cell, List<ResultRow> rows) {
        Map<String, String> p = cell.params() == null ? Map.of() : cell.params();
        String workload = cell.workload() == null ? "" : cell.workload();
        Optional<Experiment> experiment = Experiment.byLabel(workload);
        String model = p.getOrDefault(experiment.map(Experiment::subject).orElse("model"), "");
        int workers = experiment.isPresent() ? parseInt(p.get("workers")) : effectiveWorkers(workload, model, p);
        String file = cell.resultFile() == null ? "" : cell.resultFile().trim();
        String reason = cell.reason() == null ? "" : cell.reason();
        Status status = cell.status() == null ? Status.PLANNED : cell.status();

        JmhResult result = null;
        switch (status) {
            case DONE -> {
                if (file.isEmpty()) {
                    status = Status.FAILED;
                    reason = join(reason, "no result file recorded in plan.json");
                } else {
                    Object found = find(file, cell);
                    if (found instanceof JmhResult r) {
                        result = r;
                    } else {
                        status = Status.FAILED;
                        reason = join(reason, (String) found);
                    }
                }
            }
            case FAILED -> {
                if (!file.isEmpty() && !(find(file, cell) instanceof JmhResult)) {
                    reason = join(reason, file + " missing or without a matching result");
                } else if (reason.isEmpty()) {
                    reason = "failed without a recorded reason";
                }
            }
            default -> {
                // skipped or not reached: nothing to read
            }
        }
        double ms = result == null ? Double.NaN : Units.toMillisPerOp(result.score(), result.unit());
        if (result != null && Double.isNaN(ms)) {
            status = Status.FAILED;
            reason = join(reason, file + ": score " + result.score() + " in unknown unit '" + result.unit() + "'");
            result = null;
        }
        String benchmark = cell.benchmark();
        if (result == null) {
            rows.add(ResultRow.unmeasured(benchmark, workload, model, workers, p, status, reason));
            return;
        }
        TreeMap<String, String> params = new TreeMap<>(p);
        rows.add(new ResultRow(benchmark, workload, model, workers, params, ResultRow.PRIMARY, result.mode(),
                result.primary(), ms, Double.NaN, Double.NaN, status, reason));
        // each secondary metric of a measured cell: a row of its own, with its score and unit, no time, no speedup
        for (Map.Entry<String, Metric> m : result.secondary().entrySet()) {
            rows.add(new ResultRow(benchmark, workload, model, workers, params, m.getKey(), result.mode(),
                    m.getValue(), Double.NaN, Double.NaN, Double.NaN, status, reason));
        }
    }

    /** The matching JmhResult, or a String saying what was missing. */
    private Object find(String file, PlannedCell cell) {
        // outside the folder refuses the whole report (thrown here); a broken file inside fails only its cell
        Path path = inside(runDir, file);
        Object parsed = filesRead.computeIfAbsent(file, f -> {
            try {
                return JmhResultReader.read(path);
            } catch (BadInputException e) {
                return e.getMessage().replace(path.toString(), f).replace(runDir.resolve(f).toString(), f);
            }
        });
        if (parsed instanceof String problem) {
            return problem;
        }
        @SuppressWarnings("unchecked")
        List<JmhResult> results = (List<JmhResult>) parsed;
        Optional<JmhResult> match = results.stream().filter(r -> r.matches(cell.benchmark(), cell.params())).findFirst();
        return match.<Object>map(r -> r)
                .orElse(file + ": no result for " + cell.benchmark() + " with params " + cell.params());
    }

    /**
     * {@code file} (a path written in plan.json, which may come from another machine) resolved against the run
     * folder, refused unless it stays inside that folder, also once symbolic links are followed: an absolute path,
     * a {@code ../x.json} or a link pointing out would make the report read, and show, numbers from anywhere.
     *
     * @throws BadInputException naming the path, if it leads outside the run folder
     */
    static Path inside(Path runDir, String file) {
        Path dir = runDir.toAbsolutePath().normalize();
        Path resolved = dir.resolve(file).normalize();
        boolean inside = resolved.startsWith(dir);
        if (inside && Files.exists(resolved)) {
            try {
                inside = resolved.toRealPath().startsWith(dir.toRealPath());
            } catch (IOException e) {
                inside = false;
            }
        }
        if (!inside) {
            throw new BadInputException(dir.resolve("plan.json") + ": resultFile '" + CsvCells.shown(file)
                    + "' leads outside the run folder; expected a path inside it, such as jmh/001-cell.json");
        }
        return resolved;
    }

    /**
     * Threads or processes at work at once. Countdown and squares: 1 for single-thread, else the workers
     * parameter. Sleep: 1 for single-thread, the pool size for process-pool, else one per task. The same for CPython's
     * models (cpython-single, cpython-pool, the rest).
     */
    public static int effectiveWorkers(String workload, String model, Map<String, String> params) {
        if (ResultRow.baselineOf(model).equals(model)) {
            return 1;
        }
        boolean pool = ExecutionModel.PROCESS_POOL.label().equals(model) || CpythonModel.CPYTHON_POOL.label().equals(model);
        String key = Workload.SLEEP.label().equals(workload) && !pool ? "tasks" : "workers";
        return parseInt(params.get(key));
    }

    static int parseInt(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The rows, each measured one with its speedup over the single-thread row of the same size (where there is one). */
    public static List<ResultRow> withSpeedups(List<ResultRow> rows) {
        Map<String, Double> baseline = new HashMap<>();
        for (ResultRow r : rows) {
            if (r.measured() && r.baseline()) {
                baseline.putIfAbsent(r.sizeKey(), r.scoreMs());
            }
        }
        List<ResultRow> out = new ArrayList<>(rows.size());
        for (ResultRow r : rows) {
            Double base = baseline.get(r.sizeKey());
            out.add(r.measured() && base != null && r.scoreMs() > 0 ? r.withSpeedup(base / r.scoreMs()) : r);
        }
        return out;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }
}

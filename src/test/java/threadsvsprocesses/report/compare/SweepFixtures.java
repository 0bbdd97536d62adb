package threadsvsprocesses.report.compare;

import threadsvsprocesses.experiments.granularity.SweepPlan;
import threadsvsprocesses.report.rows.Metric;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.ResultsCsv;
import threadsvsprocesses.report.rows.SweepRows;
import threadsvsprocesses.run.MachineInfo;
import threadsvsprocesses.run.PlannedCell.Status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Made-up runs with a task-size sweep, written as the suite writes results.csv (with the break-even rows): three
 * sizes of 1,000, 100,000 and 10,000,000 steps, tasks as the planner gives them on the machine's cores, every time
 * with an interval of ± 3%.
 */
final class SweepFixtures {

    static final String BENCHMARK = "threadsvsprocesses.benchmarks.GranularityBenchmark.granularity";
    static final long[] STEPS = {1_000, 100_000, 10_000_000};
    static final long TOTAL = 100_000_000;

    private SweepFixtures() {
    }

    /**
     * The rows of a run on {@code cores} cores whose single thread takes {@code nsPerStep} a step, each model with
     * its speedups at the three sizes.
     */
    static List<ResultRow> rows(int cores, double nsPerStep, Map<String, double[]> speedups) {
        List<ResultRow> rows = new ArrayList<>();
        for (int i = 0; i < STEPS.length; i++) {
            int tasks = SweepPlan.tasks(STEPS[i], TOTAL, cores);
            double singleMs = tasks * STEPS[i] * nsPerStep / 1e6;
            rows.add(cell("single-thread", 1, STEPS[i], tasks, singleMs));
            for (Map.Entry<String, double[]> m : speedups.entrySet()) {
                rows.add(cell(m.getKey(), cores, STEPS[i], tasks, singleMs / m.getValue()[i]));
            }
        }
        return SweepRows.withBreakEvens(rows);
    }

    private static ResultRow cell(String model, int workers, long steps, int tasks, double ms) {
        TreeMap<String, String> p = new TreeMap<>(Map.of("model", model, "stepsPerTask", Long.toString(steps), "tasks",
                Integer.toString(tasks), "totalSteps", Long.toString(TOTAL), "workers", Integer.toString(workers)));
        return new ResultRow(BENCHMARK, "granularity", model, workers, p, ResultRow.PRIMARY, "ss",
                new Metric(ms, ms * 0.03, "ms/op", 10, ms * 0.01), ms, Double.NaN, Double.NaN, Status.DONE, "");
    }

    /** Writes {@code <dir>/results.csv} of {@code rows} measured on a machine of {@code cores}; returns the folder. */
    static Path write(Path dir, String runId, String cpu, int cores, List<ResultRow> rows) throws IOException {
        MachineInfo m = new MachineInfo(runId, "2026-12-01T09:00:00Z", runId.substring(runId.indexOf('-') + 1), cpu,
                cores, 16L << 30, "Linux 6.1 amd64", "Eclipse Adoptium", "25.0.3+9-LTS", "/usr/lib/jvm/x", List.of(),
                "standard", "0.1.0");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("results.csv"), ResultsCsv.render(m, rows), StandardCharsets.UTF_8);
        return dir;
    }
}

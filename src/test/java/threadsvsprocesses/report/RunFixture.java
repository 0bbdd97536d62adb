package threadsvsprocesses.report;

import threadsvsprocesses.report.rows.Interval;
import threadsvsprocesses.run.MachineInfo;
import threadsvsprocesses.run.PlannedCell;
import threadsvsprocesses.run.PlannedCell.Status;
import threadsvsprocesses.run.RunFolder;
import threadsvsprocesses.run.RunPlan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds a run folder shaped like a real one: machine.json, plan.json and JMH 1.37 JSON files. */
public final class RunFixture {

    static final String COUNTDOWN = "threadsvsprocesses.benchmarks.CountdownBenchmark.countdown";
    static final String SQUARES = "threadsvsprocesses.benchmarks.SquaresBenchmark.squares";
    static final String SLEEP = "threadsvsprocesses.benchmarks.SleepBenchmark.sleep";
    static final int CORES = 4;

    private final Path dir;
    private final List<PlannedCell> cells = new ArrayList<>();

    RunFixture(Path dir) {
        this.dir = dir;
    }

    public static MachineInfo machine() {
        return new MachineInfo("2025-01-02T03-04-05Z-testhost", "2025-01-02T03:04:05Z", "testhost",
                "Test CPU 3000, \"8\" threads", CORES, 16L << 30, "Linux 6.1 amd64", "Eclipse Adoptium", "25.0.3+9-LTS",
                "/usr/lib/jvm/x", List.of("-Xmx2g"), "quick", "0.1.0");
    }

    /**
     * A measured cell with its own JMH file. error null means JMH's "NaN"; forks give the shape of the rawData arrays
     * (how many forks, how many samples each). With an error, the samples are made up so that the suite's interval
     * ({@link Interval}) is score ± error; with none, they are written as given.
     */
    RunFixture done(String benchmark, String workload, Map<String, String> params, double score, Double error,
                    String unit, double[]... forks) {
        String file = String.format(Locale.ROOT, "jmh/%03d-%s.json", cells.size(), workload);
        RunFolder.writeAtomically(dir.resolve(file), "[\n" + result(benchmark, params, score, error, unit, forks) + "\n]\n");
        cells.add(new PlannedCell(benchmark, workload, params, Status.DONE, "", file));
        return this;
    }

    /**
     * A measured cell of an experiment: JMH's timed modes ({@code avgt}, {@code thrpt}) with secondary metrics, each
     * given as its score, error (null for JMH's "NaN") and unit, with three samples around the score.
     */
    RunFixture experiment(String benchmark, String workload, String mode, Map<String, String> params, double score,
                          Double error, String unit, Map<String, Secondary> secondary) {
        String file = String.format(Locale.ROOT, "jmh/%03d-%s.json", cells.size(), workload);
        StringBuilder sec = new StringBuilder();
        secondary.forEach((name, m) -> sec.append(sec.isEmpty() ? "" : ",\n").append("            \"").append(name)
                .append("\" : ").append(metric(m.score(), m.error(), m.unit(), around(m.score(), m.error()))));
        String json = result(benchmark, params, score, error, unit, around(score, error))
                .replace("\"mode\" : \"ss\"", "\"mode\" : \"" + mode + "\"")
                .replace("\"secondaryMetrics\" : {\n", "\"secondaryMetrics\" : {\n" + sec + "\n");
        RunFolder.writeAtomically(dir.resolve(file), "[\n" + json + "\n]\n");
        cells.add(new PlannedCell(benchmark, workload, params, Status.DONE, "", file));
        return this;
    }

    /** A secondary metric of a fixture result. */
    record Secondary(double score, Double error, String unit) {
    }

    /** One fork of three samples around a score whose suite interval (over the iterations) is score ± error. */
    private static double[][] around(double score, Double error) {
        return samples(score, error, new double[][] {{0, 0, 0}});
    }

    /**
     * Samples of the shape of {@code forks} whose mean is {@code score} and whose suite interval is score ± error:
     * with 2 forks or more, every sample of fork i is its mean, score + a (i - (k-1)/2); with one fork, its samples
     * are spread so. As given where error is null.
     */
    static double[][] samples(double score, Double error, double[][] forks) {
        if (error == null) {
            return forks;
        }
        boolean byFork = forks.length >= 2;
        int k = byFork ? forks.length : forks[0].length;
        double centre = (k - 1) / 2.0;
        double sd = Math.sqrt(k * (k + 1) / 12.0); // standard deviation (n - 1) of 0, 1, ..., k - 1
        double a = error * Math.sqrt(k) / (Interval.t(k - 1) * sd);
        double[][] out = new double[forks.length][];
        for (int f = 0; f < forks.length; f++) {
            out[f] = new double[forks[f].length];
            for (int i = 0; i < out[f].length; i++) {
                out[f][i] = score + a * ((byFork ? f : i) - centre);
            }
        }
        return out;
    }

    private static String metric(double score, Double error, String unit, double[][] forks) {
        StringBuilder raw = new StringBuilder();
        for (double[] f : forks) {
            raw.append(raw.isEmpty() ? "" : ",").append('[');
            for (int i = 0; i < f.length; i++) {
                raw.append(i == 0 ? "" : ",").append(f[i]);
            }
            raw.append(']');
        }
        String err = error == null ? "\"NaN\"" : Double.toString(error);
        return """
                {
                                "score" : %s,
                                "scoreError" : %s,
                                "scoreConfidence" : [ %s, %s ],
                                "scorePercentiles" : { "0.0" : %s, "100.0" : %s },
                                "scoreUnit" : "%s",
                                "rawData" : [ %s ]
                            }""".formatted(score, err, score, score, score, score, unit, raw);
    }

    RunFixture cell(String benchmark, String workload, Map<String, String> params, Status status, String reason,
                    String file) {
        cells.add(new PlannedCell(benchmark, workload, params, status, reason, file));
        return this;
    }

    public List<PlannedCell> cells() {
        return cells;
    }

    /** Writes machine.json and plan.json. */
    public Path write() {
        RunFolder folder = new RunFolder(dir);
        folder.writeMachine(machine());
        folder.writePlan(new RunPlan(machine().runId(), "quick", false, cells));
        return dir;
    }

    static Map<String, String> cpu(String model, int workers, long count) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("count", Long.toString(count));
        p.put("model", model);
        p.put("workers", Integer.toString(workers));
        return p;
    }

    static Map<String, String> sleep(String model, int workers, int tasks, int sleepMillis) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("model", model);
        p.put("sleepMillis", Integer.toString(sleepMillis));
        p.put("tasks", Integer.toString(tasks));
        p.put("workers", Integer.toString(workers));
        return p;
    }

    static double[] fork(double... samples) {
        return samples;
    }

    /** One result object exactly as JMH 1.37 writes it. */
    public static String result(String benchmark, Map<String, String> params, double score, Double error, String unit,
                         double[]... forks) {
        StringBuilder p = new StringBuilder();
        params.forEach((k, v) -> p.append(p.isEmpty() ? "" : ",\n            ").append('"').append(k)
                .append("\" : \"").append(v).append('"'));
        StringBuilder raw = new StringBuilder();
        for (double[] f : samples(score, error, forks)) {
            raw.append(raw.isEmpty() ? "" : ",").append('[');
            for (int i = 0; i < f.length; i++) {
                raw.append(i == 0 ? "" : ",").append(f[i]);
            }
            raw.append(']');
        }
        String err = error == null ? "\"NaN\"" : Double.toString(error);
        String conf = error == null ? "[\"NaN\", \"NaN\"]" : "[" + (score - error) + ", " + (score + error) + "]";
        return """
                    {
                        "jmhVersion" : "1.37",
                        "benchmark" : "%s",
                        "mode" : "ss",
                        "threads" : 1,
                        "forks" : %d,
                        "jvm" : "/usr/lib/jvm/x/bin/java",
                        "jvmArgs" : [ "-Xmx2g" ],
                        "jdkVersion" : "25.0.3",
                        "vmName" : "OpenJDK 64-Bit Server VM",
                        "vmVersion" : "25.0.3+9-LTS",
                        "warmupIterations" : 5,
                        "warmupTime" : "single-shot",
                        "warmupBatchSize" : 1,
                        "measurementIterations" : 10,
                        "measurementTime" : "single-shot",
                        "measurementBatchSize" : 1,
                        "params" : {
                            %s
                        },
                        "primaryMetric" : {
                            "score" : %s,
                            "scoreError" : %s,
                            "scoreConfidence" : %s,
                            "scorePercentiles" : { "0.0" : %s, "50.0" : %s, "100.0" : %s },
                            "scoreUnit" : "%s",
                            "rawData" : [ %s ]
                        },
                        "secondaryMetrics" : {
                        }
                    }""".formatted(benchmark, forks.length, p, score, err, conf, score, score, score, unit, raw);
    }
}

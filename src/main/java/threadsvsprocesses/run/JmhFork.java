package threadsvsprocesses.run;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import threadsvsprocesses.execution.ProcessPool;
import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.report.rows.JmhResultReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One JMH run of one fork of a cell, as a run's rounds make them ({@link Rounds}): JMH's options for the cell (the
 * user's, the profile's counts, the suite's flags to the forked JVM), the run itself, and what it gave.
 */
final class JmhFork {

    /**
     * One attempt at a fork.
     *
     * @param outcome  the cell as this attempt left it: done (with the fork's file), failed or skipped, and why
     * @param run      what JMH said of it
     * @param results  JMH's results of its fork
     * @param rebuilds why each process pool it rebuilt was rebuilt ({@link PoolRebuilds})
     * @param seconds  the seconds it took
     */
    record Attempt(PlannedCell outcome, CellForks.Run run, List<BenchmarkResult> results, List<String> rebuilds,
                   double seconds) {
    }

    private final Profile profile;
    private final Options user;
    private final List<String> forkJvmArgs;
    private final Path runDir;

    JmhFork(Profile profile, Options user, List<String> forkJvmArgs, Path runDir) {
        this.profile = profile;
        this.user = user;
        this.forkJvmArgs = forkJvmArgs;
        this.runDir = runDir;
    }

    /**
     * One JMH run of {@code forks} forks (1, or 0 for JMH's {@code -f 0}) of {@code cell} writing its JSON to
     * {@code file} (relative to the run folder), JMH's text going to {@code format} and {@code tee}; its outcome:
     * done, failed (with why, read from JMH's output), or skipped where this machine cannot run it.
     */
    Attempt run(PlannedCell cell, String file, int forks, OutputFormat format, TeeOutputStream tee) {
        Path json = runDir.resolve(file);
        List<String> rebuilds = new ArrayList<>();
        long started = System.nanoTime();
        try {
            Files.createDirectories(json.getParent());
            tee.takeRecent();
            Path events = json.resolveSibling("." + json.getFileName() + ".events");
            Collection<RunResult> results;
            try {
                results = new Runner(cellOptions(cell, json, forks, events), format).run();
            } finally {
                rebuilds.addAll(PoolRebuilds.take(events)); // also after a failed fork: no file is left behind
            }
            String output = tee.takeRecent();
            // JMH keeps the iterations a fork finished before a failure and reports them as a normal result;
            // a fork with fewer samples than asked, from a benchmark that failed, is a failure, not a measurement.
            boolean measured = !results.isEmpty() && Files.isRegularFile(json) && !output.contains("<failure>");
            String unreadable = measured ? unreadable(json) : null;
            if (unreadable != null) {
                // JMH writes its result through a PrintStream, which hides a failed write (a full disk): the file
                // is then cut short. It is set aside, so that no merge reads it, and the fork is a failure.
                Files.move(json, json.resolveSibling(json.getFileName() + ".unreadable"),
                        StandardCopyOption.REPLACE_EXISTING);
                measured = false;
            }
            List<BenchmarkResult> benchmarks = new ArrayList<>();
            results.forEach(r -> benchmarks.addAll(r.getBenchmarkResults()));
            PlannedCell outcome;
            if (measured) {
                outcome = cell.withOutcome(PlannedCell.Status.DONE, "", file);
            } else if (unreadable != null) {
                outcome = cell.withOutcome(PlannedCell.Status.FAILED, "JMH's result of the fork could not be read ("
                        + unreadable + "); it is in " + file + ".unreadable", "");
            } else {
                String reason = CellFailure.reason(output);
                outcome = CellFailure.isMachineLimit(reason) ? cell.withOutcome(PlannedCell.Status.SKIPPED, reason, "")
                        : cell.withOutcome(PlannedCell.Status.FAILED, reason, Files.isRegularFile(json) ? file : "");
            }
            return new Attempt(outcome, new CellForks.Run(measured, output), benchmarks, rebuilds,
                    (System.nanoTime() - started) / 1e9);
        } catch (Exception e) {
            String reason = "JMH could not run it: " + SuiteRunner.oneLine(e);
            return new Attempt(cell.withOutcome(PlannedCell.Status.FAILED, reason, ""),
                    new CellForks.Run(false, reason), List.of(), rebuilds, (System.nanoTime() - started) / 1e9);
        }
    }

    /** Why JMH's result file {@code json} cannot be read as one, or null if it can. */
    private static String unreadable(Path json) {
        try {
            JmhResultReader.read(json);
            return null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    /** JMH's options for one run of {@code cell}: the user's, then the profile's counts and the suite's flags. */
    Options cellOptions(PlannedCell cell, Path resultFile, int forks, Path events) {
        ChainedOptionsBuilder b = new OptionsBuilder()
                .parent(SelectionFreeOptions.of(user))
                .include("^" + Pattern.quote(cell.benchmark()) + "$")
                .resultFormat(ResultFormatType.JSON)
                .result(resultFile.toString());
        for (Map.Entry<String, String> p : cell.params().entrySet()) {
            b.param(p.getKey(), p.getValue());
        }
        boolean experiment = Experiment.byLabel(cell.workload()).isPresent();
        b.forks(forks);
        if (!user.getWarmupIterations().hasValue()) {
            b.warmupIterations(CostEstimate.warmupIterations(profile, cell.workload()));
        }
        if (!user.getMeasurementIterations().hasValue()) {
            b.measurementIterations(CostEstimate.measurementIterations(profile,
                    CostEstimate.forkPlan(profile, user, cell), cell.workload()));
        }
        // The experiments are timed iterations (average time, throughput); the workloads are single shots, for
        // which JMH ignores iteration times.
        TimeValue iteration = TimeValue.milliseconds(profile.experiments.iterationMillis());
        if (experiment && !user.getWarmupTime().hasValue()) {
            b.warmupTime(iteration);
        }
        if (experiment && !user.getMeasurementTime().hasValue()) {
            b.measurementTime(iteration);
        }
        List<String> jvmArgs = new ArrayList<>(forkJvmArgs);
        jvmArgs.add("-D" + ProcessPool.EVENTS_PROPERTY + "=" + events); // where a fork says it rebuilt its pool
        b.jvmArgsAppend(jvmArgs.toArray(String[]::new));
        return b.build();
    }

}

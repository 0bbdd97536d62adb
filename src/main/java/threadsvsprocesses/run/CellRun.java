package threadsvsprocesses.run;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import threadsvsprocesses.run.noise.Attempt;
import threadsvsprocesses.run.noise.CellNoise;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * One cell of a run while its forks are measured, one per round ({@link Rounds}): the forks so far
 * ({@link CellForks}), what each fork's JMH run gave (kept results, pool rebuilds, noise, a retried fork's two
 * attempts) and the seconds it took, until it ends: measured, failed, skipped by a machine limit, or cut short by a
 * stop. Then {@link #finish} merges its forks into its one JMH file and gives the cell's record for {@code plan.json}.
 */
final class CellRun {

    /** Where a fork's JSON waits, inside the run's {@code jmh/}, until its cell's forks are merged. */
    static final String PARTS_DIR = "parts";

    final int index;
    final PlannedCell cell;
    final CellForks forks;
    /** The cell's JMH file, relative to the run folder: {@code jmh/003-countdown-....json}. */
    final String resultFile;
    /** The estimated seconds of one more fork. */
    final double forkSeconds;
    private final List<BenchmarkResult> results = new ArrayList<>();
    private final List<String> rebuilds = new ArrayList<>();
    private final List<CellNoise> noises = new ArrayList<>();
    private final List<Double> noiseSeconds = new ArrayList<>();
    private final List<Attempt> attempts = new ArrayList<>();
    private double seconds;
    private int visits;
    private String failure;
    private String machineLimit;
    private boolean ended;

    /**
     * @param index       the cell's place in the plan (0-based)
     * @param cell        the cell as planned, with its estimate
     * @param forkSeconds the estimated seconds of one of its forks
     */
    CellRun(int index, PlannedCell cell, Profile.ForkPlan plan, String slug, double forkSeconds) {
        this.index = index;
        this.cell = cell;
        this.forks = new CellForks(plan);
        this.resultFile = String.format(Locale.ROOT, "%s/%03d-%s.json", RunFolder.JMH_DIR, index + 1, slug);
        this.forkSeconds = forkSeconds;
    }

    /** Where its next fork writes its JSON, relative to the run folder: {@code jmh/parts/003-...-fork-2.json}. */
    String nextPart() {
        String name = resultFile.substring(RunFolder.JMH_DIR.length() + 1, resultFile.length() - ".json".length());
        return RunFolder.JMH_DIR + "/" + PARTS_DIR + "/" + name + "-fork-" + (visits + 1) + ".json";
    }

    /** The number of its next fork (1-based). */
    int nextFork() {
        return visits + 1;
    }

    /** Whether it has ended (measured, failed, skipped or cut short) and been recorded. */
    boolean ended() {
        return ended;
    }

    /** Whether it has a fork to run: not ended, and one is due. */
    boolean due() {
        return !ended && forks.due() >= 0;
    }

    /** The estimated seconds of the forks it is still due, as planned so far. */
    double remainingSeconds() {
        return ended ? 0 : forks.remaining() * forkSeconds + CostEstimate.CELL_SECONDS;
    }

    /**
     * Records one fork: the outcome its attempt (or the kept one of two) gave, with the JSON it wrote at
     * {@code part}, JMH's verdict, its results and the pools it rebuilt, the seconds all its attempts took, and those
     * of the kept attempt alone (which weigh its noise among the cell's forks).
     */
    void measured(PlannedCell outcome, Path part, CellForks.Run run, Collection<BenchmarkResult> kept,
                  List<String> rebuilt, double took, double keptSeconds) throws IOException {
        int fork = ++visits;
        seconds += took;
        if (outcome.status() == PlannedCell.Status.SKIPPED) {
            machineLimit = outcome.reason();
            forks.measured(part, new CellForks.Run(false, run.output()));
            return;
        }
        forks.measured(part, run);
        if (outcome.status() != PlannedCell.Status.DONE) {
            failure = outcome.reason();
        }
        results.addAll(kept);
        rebuilds.addAll(rebuilt);
        if (outcome.noise() != null) {
            noises.add(outcome.noise());
            noiseSeconds.add(keptSeconds);
        }
        for (Attempt a : outcome.attempts()) {
            attempts.add(a.ofFork(fork));
        }
    }

    /**
     * Ends the cell: merges its forks into {@link #resultFile} and gives its record. {@code cutShort} is why it has
     * fewer forks than planned (the run was interrupted or stopped), or null.
     */
    PlannedCell finish(Path runDir, String cutShort) throws IOException {
        ended = true;
        CellForks.Outcome o = forks.finish(runDir.resolve(resultFile));
        CellSeconds took = (cell.seconds() == null ? new CellSeconds(null, null) : cell.seconds()).withActual(seconds);
        PlannedCell base = cell.withSeconds(took).withForks(o.forks());
        if (machineLimit != null) {
            return base.withOutcome(PlannedCell.Status.SKIPPED, "this machine cannot run it: " + machineLimit, "")
                    .withForks(null);
        }
        PlannedCell record = base.withNoise(CellNoise.over(noises, noiseSeconds), keptFilesNamed(attempts));
        if (failure != null || (!o.measured() && cutShort == null)) {
            String reason = failure != null ? failure : CellFailure.reason(o.output());
            String kept = o.written() ? "; the samples measured before it are in " + resultFile : "";
            return record.withOutcome(PlannedCell.Status.FAILED, reason + kept, o.written() ? resultFile : "");
        }
        if (!o.written()) {
            return null; // cut short before any fork was measured: not reached
        }
        String note = PoolRebuilds.note(rebuilds);
        if (cutShort != null) {
            String partial = "measured in " + o.forks().count() + " of its " + forks.planned() + " forks: " + cutShort;
            note = note.isEmpty() ? partial : note + "; " + partial;
        }
        return record.withOutcome(PlannedCell.Status.DONE, note, resultFile);
    }

    /** Its kept forks' JMH results as one, for the user's {@code -rf} file and its console line; empty if none. */
    Collection<RunResult> keptResults() {
        return results.isEmpty() ? List.of() : List.of(new RunResult(results.get(0).getParams(), results));
    }

    /** The attempts, the kept one of each retried fork now inside the cell's merged file. */
    private List<Attempt> keptFilesNamed(List<Attempt> all) {
        return all.stream().map(a -> a.kept() ? a.withResultFile(resultFile) : a).toList();
    }
}

package threadsvsprocesses.run.noise;

import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.run.PlannedCell;
import threadsvsprocesses.run.PlannedCell.Status;
import threadsvsprocesses.run.RunFolder;
import threadsvsprocesses.run.machine.CpuReading;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Measures each fork of a cell between two readings of the machine's accounting, so each gets its {@link CellNoise};
 * warns in one line when a fork was noisy and then does what {@code --on-noise} says ({@link NoisePolicy}): measures
 * it once more and keeps the quieter attempt, keeps it flagged, or stops the run. An attempt not kept is moved to
 * {@code jmh/not-kept/<cell>-fork-<k>-attempt-<n>.json}: nothing measured is lost. Since a cell's forks are spread
 * over the run's rounds, a disturbance costs the retry of one fork, not of a whole cell.
 */
public final class NoiseGuard {

    /** The folder, inside the run's {@code jmh/}, of attempts that were not kept. */
    public static final String NOT_KEPT = "not-kept";

    private final NoisePolicy policy;
    private final NoiseMeter meter;
    private final RunLock lock;
    private final Path runDir;
    private volatile String stopReason;

    /**
     * @param lock   the run's lock, whose hold on JMH's lock is lent to JMH for each attempt; null for none
     * @param runDir the run folder, which result files are relative to
     */
    public NoiseGuard(NoisePolicy policy, NoiseMeter meter, RunLock lock, Path runDir) {
        this.policy = policy;
        this.meter = meter;
        this.lock = lock;
        this.runDir = runDir;
    }

    /**
     * Measures a cell's fork: {@code attempt} runs it with JMH writing to the result file it is given and returns its
     * outcome.
     *
     * @param what      the fork in words, for the warning ("countdown model=single-thread ..., fork 3 of 5")
     * @param file      the fork's result file, relative to the run folder
     * @param onFirst   told the first attempt's outcome before a second is measured, so an interrupt during the second
     *                  loses nothing; false if the run is being interrupted, and then no second attempt is made
     * @param retryFits the run's time budget: under {@link NoisePolicy#RETRY} a second attempt is made only if it
     *                  accepts that attempt's expected seconds (the first attempt's)
     * @return the kept outcome, with its noise and, if measured twice, both attempts
     */
    public PlannedCell measure(String what, String file, Function<String, PlannedCell> attempt,
                               Predicate<PlannedCell> onFirst, DoublePredicate retryFits, PrintStream out) {
        long started = System.nanoTime();
        PlannedCell first = measured(file, attempt);
        double firstSeconds = (System.nanoTime() - started) / 1e9;
        CellNoise noise = first.noise();
        if (!noise.noisy() || first.status() != Status.DONE) {
            return first;
        }
        String warning = "[noisy] " + what + ": " + noise.describe() + ", over the " + noise.limit();
        switch (policy) {
            case KEEP -> {
                out.println(warning + "; kept, flagged noisy (--on-noise keep)");
                return first;
            }
            case STOP -> {
                out.println(warning + "; stopping the run (--on-noise stop)");
                stopReason = "the run stopped on a noisy cell (--on-noise stop): " + what + ", "
                        + noise.describe();
                return first;
            }
            case RETRY -> {
                if (!retryFits.test(firstSeconds)) {
                    out.println(warning + "; kept, flagged noisy: measuring it again would take the run more than "
                            + Figures.percent(NoisePolicy.RETRY_RESERVE, 0) + " (at least "
                            + Figures.number(NoisePolicy.RETRY_RESERVE_FLOOR_SECONDS) + " s) past its estimate (--on-noise"
                            + " retry-always retries anyway)");
                    return first;
                }
                out.println(warning + "; measuring it once more (--on-noise retry)");
            }
            default -> out.println(warning + "; measuring it once more (--on-noise retry-always)");
        }
        if (!onFirst.test(first)) {
            return first;
        }
        String retryFile = notKept(file, 2);
        PlannedCell second = measured(retryFile, attempt);
        boolean keepSecond = second.status() == Status.DONE && second.noise().disturbance() < noise.disturbance();
        PlannedCell kept;
        List<Attempt> attempts;
        if (keepSecond) {
            move(file, notKept(file, 1));
            move(retryFile, file);
            kept = second.withOutcome(Status.DONE, second.reason(), file); // its note, if any (a pool rebuilt)
            attempts = List.of(new Attempt(1, first.status().label(), notKept(file, 1), noise, false),
                    new Attempt(2, second.status().label(), file, second.noise(), true));
        } else {
            kept = first;
            attempts = List.of(new Attempt(1, first.status().label(), file, noise, true),
                    new Attempt(2, second.status().label(), second.resultFile(), second.noise(), false));
        }
        CellNoise keptNoise = kept.noise().retriedOnce();
        out.println("[noisy] kept attempt " + (keepSecond ? 2 : 1) + " of 2: " + keptNoise.describe()
                + (keptNoise.noisy() ? ", still noisy" : ", quiet") + "; the other is in " + (keepSecond
                ? notKept(file, 1) : second.resultFile().isEmpty() ? "no file (it failed: " + second.reason() + ")"
                : second.resultFile()));
        return kept.withNoise(keptNoise, attempts);
    }

    /** Why the run stopped on a noisy cell ({@code --on-noise stop}); null while it goes on. */
    public String stopReason() {
        return stopReason;
    }

    /** One attempt, between two readings of the machine, with the JMH lock lent to JMH. */
    private PlannedCell measured(String file, Function<String, PlannedCell> attempt) {
        CpuReading before = meter.read();
        PlannedCell outcome = lock == null ? attempt.apply(file) : lock.lendingJmhLock(() -> attempt.apply(file));
        CellNoise noise = CellNoise.between(before, meter.read());
        return outcome.withNoise(noise, null);
    }

    /**
     * {@code jmh/003-countdown-....json} gives {@code jmh/not-kept/003-countdown-...-attempt-1.json}, and a fork's
     * {@code jmh/parts/003-countdown-...-fork-2.json} gives
     * {@code jmh/not-kept/003-countdown-...-fork-2-attempt-1.json}.
     */
    static String notKept(String file, int attempt) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return RunFolder.JMH_DIR + "/" + NOT_KEPT + "/" + base + "-attempt-" + attempt + ".json";
    }

    private void move(String from, String to) {
        try {
            Path target = runDir.resolve(to);
            Files.createDirectories(target.getParent());
            Files.move(runDir.resolve(from), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }
}

package threadsvsprocesses.run.noise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.run.PlannedCell;
import threadsvsprocesses.run.PlannedCell.Status;
import threadsvsprocesses.run.SuiteRunner;
import threadsvsprocesses.run.machine.CpuReading;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a run does with a noisy cell, on readings of the machine that say how much other work ran during each attempt:
 * retry keeps the quieter attempt and records both (the other's file kept under jmh/not-kept/), keep keeps it
 * flagged, stop stops the run; a quiet cell is measured once.
 */
class NoiseGuardTest {

    private static final String FILE = "jmh/001-countdown-single-thread-1-1000000.json";
    private static final PlannedCell CELL = new PlannedCell("b.C.countdown", "countdown",
            new TreeMap<>(Map.of("model", "single-thread", "workers", "1")), Status.PLANNED, "", "");

    @TempDir
    Path run;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final List<String> measuredInto = new ArrayList<>();
    private final List<PlannedCell> firsts = new ArrayList<>();

    /** Readings giving each attempt, in turn, the foreign CPU share of 2 CPUs asked for. */
    private static NoiseMeter meter(double... foreignShares) {
        Deque<CpuReading> readings = new ArrayDeque<>();
        long busy = 0;
        long total = 0;
        for (double share : foreignShares) {
            readings.add(new CpuReading(busy, 0, total, 0, 2, null));
            busy += Math.round(share * 1000);
            total += 1000;
            readings.add(new CpuReading(busy, 0, total, 0, 2, null));
        }
        return readings::removeFirst;
    }

    private PlannedCell measure(NoisePolicy policy, NoiseMeter meter) {
        return measure(policy, meter, seconds -> true);
    }

    /** Measures {@link #CELL} with {@code retryFits} as the run's time budget; attempt n's note is "note n". */
    private PlannedCell measure(NoisePolicy policy, NoiseMeter meter, DoublePredicate retryFits) {
        NoiseGuard guard = new NoiseGuard(policy, meter, null, run);
        PlannedCell kept = guard.measure(SuiteRunner.describe(CELL), FILE, file -> {
            measuredInto.add(file);
            try {
                Path out = run.resolve(file);
                Files.createDirectories(out.getParent());
                Files.writeString(out, "[ \"attempt " + measuredInto.size() + "\" ]");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return CELL.withOutcome(Status.DONE, "note " + measuredInto.size(), file);
        }, firsts::add, retryFits, new PrintStream(console, true, StandardCharsets.UTF_8));
        stopReason = guard.stopReason();
        return kept;
    }

    private String stopReason;

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aQuietCellIsMeasuredOnce() {
        PlannedCell kept = measure(NoisePolicy.RETRY, meter(0.02));
        assertEquals(List.of(FILE), measuredInto);
        assertFalse(kept.noise().noisy());
        assertEquals(0.02, kept.noise().foreignCpu(), 1e-12);
        assertEquals(List.of(), kept.attempts());
        assertEquals("", console());
    }

    @Test
    void retryMeasuresANoisyCellAgainAndKeepsTheQuieterWithBothRecorded() throws Exception {
        PlannedCell kept = measure(NoisePolicy.RETRY, meter(0.40, 0.01));
        assertEquals(2, measuredInto.size());
        assertEquals(FILE, kept.resultFile(), "the kept attempt under the cell's own name");
        assertTrue(Files.readString(run.resolve(FILE)).contains("attempt 2"));
        String notKept = "jmh/not-kept/001-countdown-single-thread-1-1000000-attempt-1.json";
        assertTrue(Files.readString(run.resolve(notKept)).contains("attempt 1"), "nothing measured is lost");
        assertFalse(kept.noise().noisy());
        assertTrue(kept.noise().retried());
        List<Attempt> attempts = kept.attempts();
        assertEquals(List.of(notKept, FILE), attempts.stream().map(Attempt::resultFile).toList());
        assertEquals(List.of(false, true), attempts.stream().map(Attempt::kept).toList());
        assertTrue(attempts.get(0).noise().noisy());
        assertEquals(0.40, attempts.get(0).noise().foreignCpu(), 1e-12);
        assertEquals(1, firsts.size(), "the first attempt is recorded before the second starts");
        assertTrue(console().startsWith("[noisy] countdown model=single-thread workers=1: foreign CPU 40.0% (0.8 cores)"),
                console());
        assertEquals(2, console().lines().count(), console());
    }

    @Test
    void theKeptSecondAttemptKeepsItsOwnNote() {
        assertEquals("note 2", measure(NoisePolicy.RETRY, meter(0.40, 0.01)).reason());
    }

    @Test
    void retryKeepsANoisyCellFlaggedWhenASecondAttemptWouldTakeTheRunPastItsBudget() {
        List<Double> asked = new ArrayList<>();
        PlannedCell kept = measure(NoisePolicy.RETRY, meter(0.40, 0.01), seconds -> {
            asked.add(seconds);
            return false;
        });
        assertEquals(List.of(FILE), measuredInto, "measured once");
        assertEquals(1, asked.size(), "the budget was asked about the retry");
        assertTrue(asked.get(0) >= 0, "with the first attempt's seconds: " + asked);
        assertTrue(kept.noise().noisy(), "kept, flagged noisy");
        assertFalse(kept.noise().retried());
        assertEquals(List.of(), kept.attempts());
        assertTrue(console().contains("kept, flagged noisy: measuring it again would take the run more than 5% (at least 30 s)"
                + " past its estimate (--on-noise retry-always retries anyway)"), console());
        assertEquals(1, console().lines().count(), console());
    }

    @Test
    void retryAlwaysMeasuresANoisyCellAgainWhateverTheBudget() {
        PlannedCell kept = measure(NoisePolicy.RETRY_ALWAYS, meter(0.40, 0.01), seconds -> false);
        assertEquals(2, measuredInto.size());
        assertTrue(kept.noise().retried());
        assertTrue(console().contains("measuring it once more (--on-noise retry-always)"), console());
    }

    @Test
    void retryKeepsTheFirstAttemptWhenTheSecondIsNoisier() throws Exception {
        PlannedCell kept = measure(NoisePolicy.RETRY, meter(0.20, 0.50));
        assertEquals(FILE, kept.resultFile());
        assertTrue(Files.readString(run.resolve(FILE)).contains("attempt 1"));
        assertTrue(kept.noise().noisy(), "still noisy: flagged");
        assertTrue(kept.noise().retried());
        assertEquals("jmh/not-kept/001-countdown-single-thread-1-1000000-attempt-2.json", kept.attempts().get(1).resultFile());
        assertTrue(Files.exists(run.resolve(kept.attempts().get(1).resultFile())));
        assertTrue(console().contains("kept attempt 1 of 2"), console());
    }

    @Test
    void keepKeepsANoisyCellFlagged() {
        PlannedCell kept = measure(NoisePolicy.KEEP, meter(0.30));
        assertEquals(1, measuredInto.size());
        assertTrue(kept.noise().noisy());
        assertFalse(kept.noise().retried());
        assertNull(stopReason);
        assertTrue(console().contains("kept, flagged noisy (--on-noise keep)"), console());
    }

    @Test
    void stopStopsTheRunWithAOneLineReason() {
        PlannedCell kept = measure(NoisePolicy.STOP, meter(0.30));
        assertTrue(kept.noise().noisy());
        assertTrue(stopReason.startsWith("the run stopped on a noisy cell (--on-noise stop): countdown"), stopReason);
        assertEquals(1, stopReason.lines().count());
    }

    @Test
    void theLimitIsATenthOfOneCore() {
        // on 2 CPUs a tenth of a core is 5% of their capacity
        assertFalse(measure(NoisePolicy.KEEP, meter(0.05)).noise().noisy());
        assertTrue(measure(NoisePolicy.KEEP, meter(0.051)).noise().noisy());
    }
}

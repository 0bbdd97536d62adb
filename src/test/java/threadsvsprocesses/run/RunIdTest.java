package threadsvsprocesses.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunIdTest {

    @Test
    void idHoldsTimeAndHostAndNoPathCharacters() {
        assertEquals("20261124T153000Z-lab-01", RunId.base(Instant.parse("2026-11-24T15:30:00Z"), "lab-01"));
        String evil = RunId.base(Instant.parse("2026-11-24T15:30:00Z"), "../../etc/x y");
        assertFalse(evil.contains("/") || evil.contains(" ") || evil.contains(".."), evil);
    }

    @Test
    void twoRunsInTheSameSecondGetTheirOwnFolders(@TempDir Path dir) {
        Path results = dir.resolve("results");
        Path charts = dir.resolve("charts");
        String first = RunId.claim(results, charts, "20261124T153000Z-host");
        String second = RunId.claim(results, charts, "20261124T153000Z-host");
        assertNotEquals(first, second);
        assertTrue(Files.isDirectory(results.resolve(first)) && Files.isDirectory(results.resolve(second)));
        assertTrue(Files.isDirectory(charts.resolve(second)));
    }

    @Test
    void runsClaimingIdsAtTheSameTimeNeverShareAFolder(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("results");
        Path charts = dir.resolve("charts");
        java.util.List<java.util.concurrent.Future<String>> ids = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                ids.add(pool.submit(() -> RunId.claim(results, charts, "20261124T153000Z-host")));
            }
        }
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (var id : ids) {
            distinct.add(id.get());
        }
        assertEquals(8, distinct.size(), "eight runs, eight folders: " + distinct);
    }

    @Test
    void tooLittleFreeSpaceIsRefusedBeforeAnythingRuns() {
        BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> RunId.checkFreeSpace(Path.of("results"), "results", 512 * 1024));
        assertTrue(e.getMessage().contains("has only 512 KiB free; a run needs at least 20 MiB"), e.getMessage());
        RunId.checkFreeSpace(Path.of("results"), "results", RunId.MIN_FREE_BYTES);
    }

    @Test
    void anOutputFolderThatCannotBeCreatedIsAOneLineError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> RunId.claim(file.resolve("results"), dir.resolve("charts"), "id"));
        assertTrue(e.getMessage().contains("is not writable") && e.getMessage().contains("--results DIR"), e.getMessage());
    }
}

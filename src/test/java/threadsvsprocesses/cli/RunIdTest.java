package threadsvsprocesses.cli;

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
    void anOutputFolderThatCannotBeCreatedIsAOneLineError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        UsageException e = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> RunId.claim(file.resolve("results"), dir.resolve("charts"), "id"));
        assertTrue(e.getMessage().contains("is not writable") && e.getMessage().contains("--results DIR"), e.getMessage());
    }
}

package threadsvsprocesses.report;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import threadsvsprocesses.report.rows.ResultsCsvReader;
import threadsvsprocesses.run.BadInputException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Numbers no run of the suite writes, generated into otherwise good inputs: infinities, figures near
 * {@code Double.MAX_VALUE}, subnormals whose speedup would overflow. In a run folder's JMH JSON each fails only its
 * cell, with the reason, and the report still draws (no hang, no "Must be finite" from JFreeChart); in a compared
 * results.csv each is refused in one line naming the file and line, before anything is written.
 */
class SpoiledNumbersTest {

    /** Every way of spelling a figure outside {@code Accepted}'s range. */
    static final List<String> SPOILED = List.of("1e999", "-1e999", "1.7976931348623157E308", "1e300", "1e-320",
            "4.9E-324", "1e-13");
    /** The same for a spread (an error, a deviation): only the large ones, tiny ones read as 0. */
    static final List<String> SPOILED_SPREAD = List.of("1e999", "-1e999", "1.7976931348623157E308", "1e300");

    private static List<String> spoiled(String field) {
        return field.equals("scoreError") || field.equals("score_error") ? SPOILED_SPREAD : SPOILED;
    }

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"score", "scoreError", "rawData"})
    @Timeout(60)
    void aFigureOutOfRangeInJmhJsonFailsOnlyItsCell(String field) throws Exception {
        for (String spoiled : spoiled(field)) {
            Path dir = tmp.resolve(field + "-" + SPOILED.indexOf(spoiled));
            RunFixture f = Fixtures.sleepOnly(dir.resolve("run"));
            Path run = f.write();
            String file = f.cells().get(1).resultFile();
            String json = Files.readString(run.resolve(file));
            String changed = switch (field) {
                case "score" -> json.replaceFirst("\"score\" : [0-9.]+", "\"score\" : " + spoiled);
                case "scoreError" -> json.replaceFirst("\"scoreError\" : [0-9.]+", "\"scoreError\" : " + spoiled);
                default -> json.replaceFirst("\"rawData\" : \\[ \\[[0-9.]+", "\"rawData\" : [ [" + spoiled);
            };
            assertFalse(changed.equals(json), "the fixture has a " + field + " to spoil");
            Files.writeString(run.resolve(file), changed);
            ReportOutput out = Reporter.write(run, dir.resolve("charts"));
            assertEquals(1, out.failed(), field + " " + spoiled);
            assertEquals(2, out.measured(), "the other cells are kept");
            String csv = Files.readString(out.csv());
            assertTrue(csv.contains(file + ": " + field + " ") && csv.contains("is outside the accepted range"),
                    csv);
            assertTrue(Files.isRegularFile(out.report()), "the report is written");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"score", "score_ms", "score_error", "speedup", "efficiency"})
    void aFigureOutOfRangeInAComparedCsvIsOneLineNamingFileAndLine(String column) throws Exception {
        Path reference = Path.of("src", "test", "resources", "compare", "20261124T163710Z-vm", "results.csv");
        List<String> lines = Files.readAllLines(reference, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        int index = header.indexOf(column);
        assertTrue(index >= 0, column);
        int row = 1;
        while (!lines.get(row).contains(",done,")) {
            row++;
        }
        for (String spoiled : spoiled(column)) {
            String[] fields = lines.get(row).split(",", -1);
            assertEquals(header.size(), fields.length, "a row without quoted commas to spoil");
            fields[index] = spoiled;
            List<String> copy = new java.util.ArrayList<>(lines);
            copy.set(row, String.join(",", fields));
            Path file = tmp.resolve(column + SPOILED.indexOf(spoiled) + ".csv");
            Files.write(file, copy, StandardCharsets.UTF_8);
            BadInputException e = assertThrows(BadInputException.class, () -> ResultsCsvReader.read(file));
            assertTrue(e.getMessage().startsWith(file + ":" + (row + 1) + ": " + column + " " + spoiled
                    + " is outside the accepted range; expected 0, or a magnitude from 1e-12 to 1e15"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertTrue(left.allMatch(p -> p.toString().endsWith(".csv")), "nothing but the inputs");
        }
    }

    @org.junit.jupiter.api.Test
    void thousandsOfDistinctModelsAreRefusedBeforeTheyAreDrawn() throws Exception {
        Path reference = Path.of("src", "test", "resources", "compare", "20261124T163710Z-vm", "results.csv");
        List<String> lines = Files.readAllLines(reference, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        int model = header.indexOf("model");
        int row = 1;
        while (lines.get(row).split(",", -1).length != header.size()) {
            row++;
        }
        List<String> many = new java.util.ArrayList<>(List.of(lines.get(0)));
        for (int i = 0; i <= ResultsCsvReader.MAX_SERIES; i++) {
            String[] fields = lines.get(row).split(",", -1);
            fields[model] = "model-" + i;
            many.add(String.join(",", fields));
        }
        Path file = tmp.resolve("many.csv");
        Files.write(file, many, StandardCharsets.UTF_8);
        BadInputException e = assertThrows(BadInputException.class, () -> ResultsCsvReader.read(file));
        assertEquals(file + ":" + (ResultsCsvReader.MAX_SERIES + 2) + ": more than 1000 distinct workload and model"
                + " pairs; expected at most 1000 (a run of this suite has under 100)", e.getMessage());
    }
}

package threadsvsprocesses.run.console;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a cell is, from JMH's iteration calls: forks counted by their first iteration; JMH's text passed through. */
class ProgressFormatTest {

    @Test
    void forksAreCountedByTheirFirstIteration() {
        List<String> seen = new ArrayList<>();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ProgressFormat format = new ProgressFormat(OutputFormatFactory.createFormatInstance(
                new PrintStream(log, true, StandardCharsets.UTF_8), VerboseMode.NORMAL), seen::add);
        List<String> at = new ArrayList<>();
        for (int fork = 0; fork < 2; fork++) {
            for (int w = 1; w <= 2; w++) {
                at.add(format.at(IterationType.WARMUP, w, 2, 2, 2));
            }
            for (int i = 1; i <= 3; i++) {
                at.add(format.at(IterationType.MEASUREMENT, i, 3, 2, 2));
            }
        }
        assertEquals(List.of("fork 1/2, warm-up 1/2", "fork 1/2, warm-up 2/2", "fork 1/2, iteration 1/3",
                "fork 1/2, iteration 2/3", "fork 1/2, iteration 3/3", "fork 2/2, warm-up 1/2", "fork 2/2, warm-up 2/2",
                "fork 2/2, iteration 1/3", "fork 2/2, iteration 2/3", "fork 2/2, iteration 3/3"), at);

        ProgressFormat noWarmup = new ProgressFormat(format, seen::add);
        assertEquals("iteration 1/1", noWarmup.at(IterationType.MEASUREMENT, 1, 1, 0, 1), "one fork: not named");

        format.println("# Benchmark: x");
        assertEquals("# Benchmark: x\n", log.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"),
                "JMH's text reaches the format it wraps");
    }
}

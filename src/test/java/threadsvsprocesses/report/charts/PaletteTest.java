package threadsvsprocesses.report.charts;

import org.junit.jupiter.api.Test;
import threadsvsprocesses.report.format.SubjectOrder;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaletteTest {

    /** The series drawn together on one chart (each experiment's subject values, and launch's process kinds). */
    private static final List<List<String>> TOGETHER = List.of(
            List.of("single-thread", "multi-thread", "virtual-thread", "multi-process", "process-pool"),
            List.of("platform-thread", "virtual-thread", "child-jvm", "child-jvm-default", "java-version", "native-process"),
            List.of("POSIX_SPAWN", "FORK", "VFORK"),
            List.of("thread-queue", "process-pipe", "process-socket"),
            List.of("unsynchronized", "volatile", "synchronized", "atomic", "adder", "process-private", "process-mapped"),
            List.of("single-thread", "thread-pool-chunked", "thread-pool-per-task", "virtual-thread",
                    "process-pool-chunked", "process-pool-per-task"),
            List.of("multi-thread", "thread-pool-chunked", "virtual-thread", "multi-process", "process-pool-chunked",
                    "process-pool-per-task"));

    @Test
    void seriesOnOneChartDifferInColourShapeAndLine() {
        for (List<String> names : TOGETHER) {
            Set<Object> colours = new HashSet<>();
            Set<Object> shapes = new HashSet<>();
            Set<Object> strokes = new HashSet<>();
            for (String n : names) {
                colours.add(Palette.colour(n));
                shapes.add(Palette.shape(n));
                strokes.add(Palette.stroke(n));
            }
            assertEquals(names.size(), colours.size(), "colours of " + names);
            assertEquals(names.size(), shapes.size(), "shapes of " + names);
            assertEquals(names.size(), strokes.size(), "lines of " + names);
        }
    }

    @Test
    void everyListedSubjectHasALookOfItsOwn() {
        for (String label : SubjectOrder.labels()) {
            assertTrue(Palette.knows(label), label + " has no colour, marker and line");
        }
    }

    @Test
    void subjectsSortInTheirOrderAfterTheModels() {
        for (List<String> names : TOGETHER.subList(1, TOGETHER.size())) {
            for (int i = 1; i < names.size(); i++) {
                assertTrue(Palette.order(names.get(i - 1)) < Palette.order(names.get(i)), names.toString());
            }
        }
        assertTrue(Palette.order("process-pool") < Palette.order("some-new-subject"));
    }
}

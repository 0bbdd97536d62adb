package threadsvsprocesses.report.charts;

import threadsvsprocesses.report.page.ExperimentTable;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperimentChartStyleTest {

    /** The series drawn together on one chart (CONTRACT.md's subject values, and launch's process kinds). */
    private static final List<List<String>> TOGETHER = List.of(
            List.of("platform-thread", "virtual-thread", "child-jvm", "native-process"),
            List.of("POSIX_SPAWN", "FORK", "VFORK"),
            List.of("thread-queue", "process-pipe", "process-socket"),
            List.of("unsynchronized", "synchronized", "atomic", "adder", "process-private", "process-mapped"),
            List.of("single-thread", "thread-pool", "virtual-thread", "process-pool"));

    @Test
    void seriesOnOneChartDifferInColourShapeAndLine() {
        for (List<String> names : TOGETHER) {
            Set<Object> colours = new HashSet<>();
            Set<Object> shapes = new HashSet<>();
            Set<Object> strokes = new HashSet<>();
            for (String n : names) {
                colours.add(ChartSupport.colour(n));
                shapes.add(ChartSupport.shape(n));
                strokes.add(ChartSupport.stroke(n));
            }
            assertEquals(names.size(), colours.size(), "colours of " + names);
            assertEquals(names.size(), shapes.size(), "shapes of " + names);
            assertEquals(names.size(), strokes.size(), "lines of " + names);
        }
    }

    @Test
    void subjectsSortInTheOrderOfTheContractAfterTheModels() {
        for (List<String> names : TOGETHER) {
            for (int i = 1; i < names.size(); i++) {
                assertTrue(ChartSupport.order(names.get(i - 1)) < ChartSupport.order(names.get(i)), names.toString());
            }
        }
        assertTrue(ChartSupport.order("process-pool") < ChartSupport.order("some-new-subject"));
    }

    @Test
    void axisLabelsReadInUnits() {
        assertEquals("850 ns", ExperimentPlots.duration(0.00085));
        assertEquals("20 \u00b5s", ExperimentPlots.duration(0.02));
        assertEquals("1.5 ms", ExperimentPlots.duration(1.5));
        assertEquals("2 s", ExperimentPlots.duration(2000));
        assertEquals("8 B", ExperimentPlots.bytes(8));
        assertEquals("64 KiB", ExperimentPlots.bytes(65536));
        assertEquals("40.1 MiB", ExperimentPlots.bytes(42_000_000));
        assertEquals("500", ExperimentPlots.count(500));
        assertEquals("2,000", ExperimentPlots.count(2000));
        assertEquals("20k", ExperimentPlots.count(20_000));
        assertEquals("2.5M", ExperimentPlots.count(2_500_000));
        assertEquals("6.00 \u00b1 0.30", ExperimentTable.withError(6, 0.3));
        assertEquals("41,000 \u00b1 1,500", ExperimentTable.withError(41_000, 1_500));
        assertEquals("0.0500", ExperimentTable.withError(0.05, Double.NaN));
    }
}

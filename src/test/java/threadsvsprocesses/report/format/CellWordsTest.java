package threadsvsprocesses.report.format;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A cell in words: its workload, its model or subject, then the parameters that tell it apart, in words. */
class CellWordsTest {

    @Test
    void aCellIsNamedByWhatTellsItApartFromTheOthersOfItsBenchmark() {
        List<Map<String, String>> countdown = List.of(
                Map.of("model", "single-thread", "workers", "1", "count", "50000000"),
                Map.of("model", "multi-thread", "workers", "2", "count", "50000000"));
        Set<String> varying = CellWords.varying(countdown);
        assertEquals(Set.of("model", "workers"), varying);
        assertEquals("countdown · multi-thread · 2 workers", CellWords.of("countdown", countdown.get(1), varying));
        assertEquals("countdown · single-thread", CellWords.of("countdown", countdown.get(0), varying),
                "the single thread has no workers to name");
        assertEquals("countdown · multi-thread · 2 workers · 50,000,000 steps",
                CellWords.of("countdown", countdown.get(1), Set.of("workers", "count")));
        assertEquals("squares · multi-thread · 200,000,000 terms", CellWords.of("squares",
                Map.of("model", "multi-thread", "workers", "2", "count", "200000000"), Set.of("count")));
    }

    @Test
    void sleepNamesTasksAndOnlyThePoolsWorkers() {
        Set<String> shown = Set.of("workers", "tasks", "sleepMillis");
        assertEquals("sleep · virtual-thread · 10,000 tasks of 100 ms", CellWords.of("sleep",
                Map.of("model", "virtual-thread", "workers", "2", "tasks", "10000", "sleepMillis", "100"), shown));
        assertEquals("sleep · process-pool · 2 workers · 1 task", CellWords.of("sleep",
                Map.of("model", "process-pool", "workers", "2", "tasks", "1"), shown));
        assertEquals("sleep · multi-thread · 50 ms sleeps", CellWords.of("sleep",
                Map.of("model", "multi-thread", "workers", "2", "tasks", "10", "sleepMillis", "50"), Set.of("sleepMillis")));
    }

    @Test
    void experimentsNameTheirSubjectAndTheirSizesInWords() {
        Set<String> all = Set.of("workers", "messageBytes", "holders", "increments", "taskUnits", "waitMillis",
                "process", "tasks", "other");
        assertEquals("round-trip · process-pipe · 64 KiB", CellWords.of("round-trip",
                Map.of("channel", "process-pipe", "messageBytes", "65536"), all));
        assertEquals("memory · child-jvm · 10 holders", CellWords.of("memory",
                Map.of("holder", "child-jvm", "holders", "10"), all));
        assertEquals("counter · adder · 4 workers · 1,000,000 increments", CellWords.of("counter",
                Map.of("counter", "adder", "workers", "4", "increments", "1000000"), all));
        assertEquals("launch · FORK · child-jvm", CellWords.of("launch",
                Map.of("mechanism", "FORK", "process", "child-jvm"), all));
        assertEquals("pool-map · thread-pool · 2 workers · 10,000 units per task · 1,000 tasks", CellWords.of("pool-map",
                Map.of("pool", "thread-pool", "workers", "2", "taskUnits", "10000", "tasks", "1000"), all));
        assertEquals("runaway · child-jvm · waits 200 ms", CellWords.of("runaway",
                Map.of("worker", "child-jvm", "waitMillis", "200"), all));
        assertEquals("x · other 7", CellWords.of("x", Map.of("other", "7"), all), "an unknown parameter by name");
    }
}

package threadsvsprocesses.run;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.report.RunFixture;
import threadsvsprocesses.report.rows.JmhResult;
import threadsvsprocesses.report.rows.JmhResultReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Batches of forks merged into JMH's own format: every fork's raw data, JMH's figures recomputed over all of them. */
class ForkMergeTest {

    private static final String BENCH = "threadsvsprocesses.benchmarks.CounterBenchmark.increment";

    @TempDir
    Path tmp;

    /** A batch's file; its secondary metric {@code lostUpdates} summed as JMH sums an {@code @AuxCounters} field. */
    private Path batch(String name, Map<String, String> params, double[][] primary, double[][] lostPerIteration)
            throws IOException {
        int iterations = 0;
        for (double[] f : lostPerIteration) {
            iterations += f.length;
        }
        StringBuilder raw = new StringBuilder();
        double sum = 0;
        for (double[] f : lostPerIteration) {
            raw.append(raw.isEmpty() ? "" : ",").append('[');
            for (int i = 0; i < f.length; i++) {
                double v = f[i] / iterations; // IterationMean: each iteration's figure over the batch's iterations
                sum += v;
                raw.append(i == 0 ? "" : ",").append(v);
            }
            raw.append(']');
        }
        double mean = 0;
        int n = 0;
        for (double[] f : primary) {
            for (double x : f) {
                mean += x;
                n++;
            }
        }
        String secondary = """
                "lostUpdates" : { "score" : %s, "scoreError" : "NaN", "scoreConfidence" : [ "NaN", "NaN" ],
                    "scorePercentiles" : { }, "scoreUnit" : "#", "rawData" : [ %s ] }
                """.formatted(sum, raw);
        String json = RunFixture.result(BENCH, params, mean / n, null, "ms/op", primary)
                .replace("\"secondaryMetrics\" : {\n", "\"secondaryMetrics\" : {\n" + secondary);
        Path file = tmp.resolve(name);
        Files.writeString(file, "[\n" + json + "\n]\n");
        return file;
    }

    @Test
    void theMergedFileHoldsEveryForkAndJmhsFiguresOverAllOfThem() throws IOException {
        Map<String, String> p = Map.of("counter", "racy", "workers", "2");
        Path a = batch("a.json", p, new double[][] {{1, 2}, {3, 4}}, new double[][] {{10, 20}, {30, 40}});
        Path b = batch("b.json", p, new double[][] {{5, 6}}, new double[][] {{50, 60}});
        Path merged = tmp.resolve("merged.json");
        Files.writeString(merged, ForkMerge.merge(List.of(a, b)));

        JsonObject o = JsonParser.parseString(Files.readString(merged)).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals(3, o.get("forks").getAsInt());
        JsonArray raw = o.getAsJsonObject("primaryMetric").getAsJsonArray("rawData");
        assertEquals(3, raw.size());
        assertEquals(5.0, raw.get(2).getAsJsonArray().get(0).getAsDouble());
        double[] all = {1, 2, 3, 4, 5, 6};
        assertEquals(ForkMerge.jmhError(all), o.getAsJsonObject("primaryMetric").get("scoreError").getAsDouble(), 1e-12);

        JmhResult r = JmhResultReader.read(merged).get(0);
        assertEquals(3.5, r.score(), 1e-12);
        assertEquals(3, r.primary().interval().forks());
        assertEquals(6, r.samples());
        // a summed counter stays the mean of every iteration's figure: (10 + 20 + ... + 60) / 6
        assertEquals(35.0, r.secondary().get("lostUpdates").score(), 1e-9);
    }

    @Test
    void batchesOfDifferentCellsAreNotMerged() throws IOException {
        Path a = batch("a.json", Map.of("counter", "racy"), new double[][] {{1, 2}}, new double[][] {{1, 1}});
        Path b = batch("b.json", Map.of("counter", "atomic"), new double[][] {{1, 2}}, new double[][] {{1, 1}});
        assertThrows(IOException.class, () -> ForkMerge.merge(List.of(a, b)));
    }
}

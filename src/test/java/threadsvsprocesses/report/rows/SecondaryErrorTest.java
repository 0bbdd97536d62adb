package threadsvsprocesses.report.rows;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A secondary metric of the suite (an {@code @AuxCounters} counter that reports each iteration's mean divided by the
 * number of iterations, so that JMH's sum is their mean) gets the error bar JMH leaves out: the 99.9% interval of
 * the iterations' figures, as JMH computes its own for the primary score.
 */
class SecondaryErrorTest {

    @TempDir
    Path tmp;

    @Test
    void theIterationsOfASummedCounterGiveItsErrorBar() throws Exception {
        double[] perIteration = {30_000, 31_000, 29_500, 30_500, 29_000, 32_000, 30_000, 31_500, 28_500, 30_000};
        double[] shares = Arrays.stream(perIteration).map(v -> v / perIteration.length).toArray();
        double mean = Arrays.stream(perIteration).average().orElseThrow();
        String raw = "[" + join(Arrays.copyOfRange(shares, 0, 5)) + "], [" + join(Arrays.copyOfRange(shares, 5, 10)) + "]";
        Path file = tmp.resolve("memory.json");
        Files.writeString(file, """
                [ { "benchmark" : "threadsvsprocesses.benchmarks.MemoryBenchmark.memory", "mode" : "ss",
                    "params" : { "holder" : "platform-thread", "holders" : "10000" },
                    "primaryMetric" : { "score" : 5000.0, "scoreError" : 120.0, "scoreUnit" : "ms/op",
                                        "rawData" : [ [4900.0, 5100.0, 5000.0, 4950.0, 5050.0],
                                                      [5000.0, 4990.0, 5010.0, 5020.0, 4980.0] ] },
                    "secondaryMetrics" : {
                        "ussBytesPerHolder" : { "score" : %s, "scoreError" : "NaN", "scoreUnit" : "#",
                                                "rawData" : [ %s ] } } } ]
                """.formatted(mean, raw));
        JmhResult r = JmhResultReader.read(file).get(0);
        assertEquals(120.0, r.primary().scoreError(), "JMH's own error is kept");
        Metric uss = r.secondary().get("ussBytesPerHolder");
        assertEquals(mean, uss.score(), 1e-6);
        double sd = JmhResultReader.stdev(Arrays.stream(perIteration).boxed().toList());
        assertEquals(sd, uss.stdev(), 1e-6);
        double t = new TDistribution(null, 9).inverseCumulativeProbability(0.9995);
        assertEquals(t * sd / Math.sqrt(10), uss.scoreError(), 1e-6);
        assertTrue(uss.scoreError() > 0 && uss.scoreError() < mean);
    }

    @Test
    void belowThreeSamplesThereIsNoErrorBar() {
        assertTrue(Double.isNaN(SampleInterval.halfWidth(5, 2)));
        assertTrue(Double.isNaN(SampleInterval.halfWidth(Double.NaN, 10)));
        assertEquals(0, SampleInterval.halfWidth(0, 10), 0);
    }

    private static String join(double[] values) {
        return String.join(", ", Arrays.stream(values).mapToObj(Double::toString).toList());
    }
}

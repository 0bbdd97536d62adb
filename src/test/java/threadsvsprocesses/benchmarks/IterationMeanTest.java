package threadsvsprocesses.benchmarks;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Driven as JMH drives an EVENTS counter: the shares reported by every measured iteration of every fork, summed
 * as JMH sums them, give the mean of the iterations' means.
 */
class IterationMeanTest {

    @Test
    void theSharesOfAllIterationsOfAllForksSumToTheMeanOfTheIterationMeans() {
        // 2 forks x 3 iterations; the iterations have different numbers of operations, so the mean of their means
        // (what is wanted) differs from the mean over all operations.
        double[][][] forksIterationsValues = {
                {{1, 2, 3}, {10}, {4, 4}},
                {{0, 6}, {7, 8, 9, 10}, {100}},
        };
        double sumOfShares = 0;
        double sumOfMeans = 0;
        for (double[][] fork : forksIterationsValues) {
            // Each fork has a new state object, as in JMH.
            IterationMean mean = new IterationMean();
            mean.trial(3, 2);
            for (double[] iteration : fork) {
                mean.startIteration();
                double sum = 0;
                for (double v : iteration) {
                    mean.add(v);
                    sum += v;
                }
                sumOfShares += mean.share();
                sumOfMeans += sum / iteration.length;
            }
        }
        assertEquals(sumOfMeans / 6, sumOfShares, 1e-12);
        // 2 + 10 + 4 + 3 + 8.5 + 100 = 127.5 over 6 iterations; the mean over all 15 values would be 179 / 15.
        assertEquals(127.5 / 6, sumOfShares, 1e-12);
    }

    @Test
    void anIterationStartsFromNothingAndAnEmptyOneHasNoMean() {
        IterationMean mean = new IterationMean();
        mean.trial(1, 1);
        mean.startIteration();
        mean.add(5);
        assertEquals(5.0, mean.share(), 0.0);
        mean.startIteration();
        assertTrue(mean.isEmpty());
        assertTrue(Double.isNaN(mean.share()));
        mean.add(1);
        assertEquals(1.0, mean.share(), 0.0);
    }

    @Test
    void noForkAndNoIterationCountAsOne() {
        IterationMean mean = new IterationMean();
        mean.trial(0, 0);
        mean.startIteration();
        mean.add(8);
        assertEquals(8.0, mean.share(), 0.0);
    }
}

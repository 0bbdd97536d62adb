package threadsvsprocesses.report.compare;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignificanceTest {

    @Test
    void twoSidedPMatchesTabulatedQuantiles() {
        // two-sided critical values from t tables: P(|T| >= t) = alpha
        assertEquals(0.05, Significance.twoSidedP(2.228, 10), 2e-4);
        assertEquals(0.01, Significance.twoSidedP(3.169, 10), 2e-5);
        assertEquals(0.001, Significance.twoSidedP(3.883, 19), 5e-6);
        assertEquals(0.05, Significance.twoSidedP(12.706, 1), 2e-4);
        assertEquals(0.01, Significance.twoSidedP(2.576, 1e7), 1e-4, "normal limit");
        assertEquals(1.0, Significance.twoSidedP(0, 5), 1e-12);
        assertEquals(Significance.twoSidedP(1.7, 7.3), Significance.twoSidedP(-1.7, 7.3), 1e-15);
        assertEquals(0, Significance.twoSidedP(Double.NEGATIVE_INFINITY, 5));
        assertTrue(Double.isNaN(Significance.twoSidedP(1, 0)), "no distribution without degrees of freedom");
        assertTrue(Double.isNaN(Significance.twoSidedP(Double.NaN, 5)));
    }

    @Test
    void pValuesAreThoseOfTheFormerHandWrittenDistribution() {
        // p-values the suite's own incomplete-beta code gave before commons-math replaced it: reports stay the same
        assertEquals(0.04819047161641091, Significance.twoSidedP(-3 / Math.sqrt(2.2), 4.84 / (0.01 + 4.0 / 49)), 1e-9);
        assertEquals(0.38289757303261873, Significance.twoSidedP(-2 / Math.sqrt(5.0), 18), 1e-9);
        assertEquals(0.08913403532074116, Significance.twoSidedP(1.7, 1e5), 1e-9);
        assertEquals(5.73170799100328e-14, Significance.twoSidedP(-12.4, 33), 1e-9);
    }

    /** One side with {@code forks} fork means of standard deviation {@code sd} (and an interval of ± 3 sd). */
    private static Significance.Sample forks(double mean, double sd, int forks) {
        return new Significance.Sample(mean, mean - 3 * sd, mean + 3 * sd, forks, sd);
    }

    /** One side with an interval only (one fork, or a results.csv of an older version). */
    private static Significance.Sample interval(double mean, double half) {
        return new Significance.Sample(mean, mean - half, mean + half, 1, Double.NaN);
    }

    @Test
    void welchOnForkMeansFindsADifferenceWellBeyondTheNoise() {
        // fork means 100 ± 2 (sd) vs 110 ± 3, 20 forks each: t about -12.4
        Significance.Result r = Significance.test(forks(100, 2, 20), forks(110, 3, 20));
        assertEquals(Significance.Test.WELCH, r.test());
        assertTrue(r.significant());
        assertTrue(r.pValue() < 1e-10, "p " + r.pValue());
        assertEquals("p = < 0.0001", r.detail());
    }

    @Test
    void welchCallsADifferenceInsideTheNoiseNotSignificant() {
        // 100 vs 102 with fork means of sd 5, 10 forks each: t about -0.89, p about 0.38
        Significance.Result r = Significance.test(forks(100, 5, 10), forks(102, 5, 10));
        assertEquals(Significance.Test.WELCH, r.test());
        assertFalse(r.significant());
        assertEquals(0.38, r.pValue(), 0.01);
    }

    @Test
    void welchUsesUnequalVariancesDegreesOfFreedom() {
        // s1 = 1, k1 = 5; s2 = 10, k2 = 50: Welch-Satterthwaite df = (0.2 + 2)^2 / (0.04/4 + 4/49) = 52.8
        Significance.Result r = Significance.welch(forks(0, 1, 5), forks(3, 10, 50));
        double t = -3 / Math.sqrt(2.2);
        double df = 4.84 / (0.01 + 4.0 / 49);
        assertEquals(2 * new TDistribution(df).cumulativeProbability(t), r.pValue(), 1e-12);
        assertFalse(r.significant(), "p about 0.046 is not below 0.01");
    }

    @Test
    void forksNotIterationsAreTheRepetitions() {
        // The pipe at 8 B: one fork at 0.99M messages/s, the other at 1.51M, 5 iterations each (spread 1%).
        // Pooled as independent, 10 samples of sd about 0.27M against a run at 1.40M would look significant
        // (t about -2.7 on 9 df from one side alone); over the forks (2 means, sd 0.37M) it is plainly not.
        Significance.Result r = Significance.test(forks(1.25e6, 0.368e6, 2), forks(1.40e6, 0.01e6, 5));
        assertEquals(Significance.Test.WELCH, r.test());
        assertFalse(r.significant(), "p " + r.pValue());
    }

    @Test
    void intervalsDecideWhenOneSideHasOneFork() {
        Significance.Result apart = Significance.test(interval(100, 2), forks(106, 1, 5));
        assertEquals(Significance.Test.INTERVALS, apart.test(), "one side of one fork: its interval, not Welch");
        assertTrue(apart.significant(), "[98, 102] and [103, 109] do not overlap");
        Significance.Result farApart = Significance.test(interval(100, 2), interval(105, 2));
        assertEquals(Significance.Test.INTERVALS, farApart.test());
        assertTrue(farApart.significant());
        Significance.Result overlap = Significance.test(interval(100, 3), interval(105, 3));
        assertEquals(Significance.Test.INTERVALS, overlap.test());
        assertFalse(overlap.significant());
        assertEquals("overlap", overlap.detail());
    }

    @Test
    void nothingIsSignificantWithoutAnInterval() {
        Significance.Result r = Significance.test(new Significance.Sample(100, Double.NaN, Double.NaN, 1, Double.NaN),
                new Significance.Sample(1000, Double.NaN, Double.NaN, 1, Double.NaN));
        assertEquals(Significance.Test.NONE, r.test());
        assertFalse(r.significant());
    }

    @Test
    void noSpreadAtAll() {
        assertTrue(Significance.welch(forks(1, 0, 5), forks(2, 0, 5)).significant());
        assertFalse(Significance.welch(forks(1, 0, 5), forks(1, 0, 5)).significant());
    }
}

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

    @Test
    void welchFindsADifferenceWellBeyondTheNoise() {
        // 100 ± 2 (sd) vs 110 ± 3, 20 samples each: t about -12.4
        Significance.Result r = Significance.test(new Significance.Sample(100, Double.NaN, 2, 20),
                new Significance.Sample(110, Double.NaN, 3, 20));
        assertEquals(Significance.Test.WELCH, r.test());
        assertTrue(r.significant());
        assertTrue(r.pValue() < 1e-10, "p " + r.pValue());
        assertEquals("p = < 0.0001", r.detail());
    }

    @Test
    void welchCallsADifferenceInsideTheNoiseNotSignificant() {
        // 100 vs 102 with sd 5, 10 samples each: t about -0.89, p about 0.38
        Significance.Result r = Significance.test(new Significance.Sample(100, 1, 5, 10),
                new Significance.Sample(102, 1, 5, 10));
        assertEquals(Significance.Test.WELCH, r.test());
        assertFalse(r.significant());
        assertEquals(0.38, r.pValue(), 0.01);
    }

    @Test
    void welchUsesUnequalVariancesDegreesOfFreedom() {
        // s1 = 1, n1 = 5; s2 = 10, n2 = 50: Welch-Satterthwaite df = (0.2 + 2)^2 / (0.04/4 + 4/49) = 52.8
        Significance.Result r = Significance.welch(new Significance.Sample(0, Double.NaN, 1, 5),
                new Significance.Sample(3, Double.NaN, 10, 50));
        double t = -3 / Math.sqrt(2.2);
        double df = 4.84 / (0.01 + 4.0 / 49);
        assertEquals(2 * new TDistribution(df).cumulativeProbability(t), r.pValue(), 1e-12);
        assertFalse(r.significant(), "p about 0.046 is not below 0.01");
    }

    @Test
    void confidenceIntervalsWhenNoDeviationIsKnown() {
        Significance.Result apart = Significance.test(new Significance.Sample(100, 2, Double.NaN, 20),
                new Significance.Sample(105, 2, Double.NaN, 20));
        assertEquals(Significance.Test.CONFIDENCE_INTERVALS, apart.test());
        assertTrue(apart.significant());
        Significance.Result overlap = Significance.test(new Significance.Sample(100, 3, Double.NaN, 20),
                new Significance.Sample(105, 3, 1.0, 20));
        assertEquals(Significance.Test.CONFIDENCE_INTERVALS, overlap.test(), "one side without a deviation");
        assertFalse(overlap.significant());
        assertEquals("overlap", overlap.detail());
    }

    @Test
    void nothingIsSignificantWithoutAnErrorEstimate() {
        Significance.Result r = Significance.test(new Significance.Sample(100, Double.NaN, Double.NaN, 1),
                new Significance.Sample(1000, Double.NaN, Double.NaN, 1));
        assertEquals(Significance.Test.NONE, r.test());
        assertFalse(r.significant());
    }

    @Test
    void noSpreadAtAll() {
        assertTrue(Significance.welch(new Significance.Sample(1, 0, 0, 5), new Significance.Sample(2, 0, 0, 5))
                .significant());
        assertFalse(Significance.welch(new Significance.Sample(1, 0, 0, 5), new Significance.Sample(1, 0, 0, 5))
                .significant());
    }
}

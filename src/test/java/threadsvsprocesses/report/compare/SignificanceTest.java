package threadsvsprocesses.report.compare;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignificanceTest {

    @Test
    void studentTMatchesTabulatedQuantiles() {
        // two-sided critical values from t tables: P(|T| >= t) = alpha
        assertEquals(0.05, StudentT.twoSidedP(2.228, 10), 2e-4);
        assertEquals(0.01, StudentT.twoSidedP(3.169, 10), 2e-5);
        assertEquals(0.001, StudentT.twoSidedP(3.883, 19), 5e-6);
        assertEquals(0.05, StudentT.twoSidedP(12.706, 1), 2e-4);
        assertEquals(0.01, StudentT.twoSidedP(2.576, 1e7), 1e-4, "normal limit");
        assertEquals(1.0, StudentT.twoSidedP(0, 5), 1e-12);
        assertEquals(StudentT.twoSidedP(1.7, 7.3), StudentT.twoSidedP(-1.7, 7.3), 1e-15);
        assertEquals(Math.log(24), StudentT.logGamma(5), 1e-12);
        assertEquals(Math.log(Math.sqrt(Math.PI)), StudentT.logGamma(0.5), 1e-12);
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
        assertEquals(StudentT.twoSidedP(t, 4.84 / (0.01 + 4.0 / 49)), r.pValue(), 1e-12);
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

package threadsvsprocesses.report.claims;

import org.junit.jupiter.api.Test;
import threadsvsprocesses.report.format.Figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static threadsvsprocesses.report.claims.MadeUpRun.cpu;

/** The one figure that decided a verdict: the failed check, the straddling one, the tightest pass, or what is missing. */
class DecidingFigureTest {

    private static Check atLeast(String what, double value, double error) {
        return Check.atLeast(what, new Estimate(value, value - error, value + error), 2, Figures::ratio);
    }

    @Test
    void theMarginIsHowFarTheErrorBarsNearEndLiesFromTheThreshold() {
        assertEquals(0.25, atLeast("a", 3, 0.5).margin(), 1e-9, "(2.5 - 2) / 2");
        assertEquals(-0.25, atLeast("a", 1, 0.5).margin(), 1e-9, "(1.5 - 2) / 2: the other side");
        assertEquals(0, atLeast("a", 2.1, 0.5).margin(), 1e-9, "straddles");
        assertEquals(0.5, Check.atMost("b", new Estimate(0.5, 0.4, 0.6), 1.2, Figures::ratio).margin(), 1e-9,
                "(1.2 - 0.6) / 1.2");
        assertEquals(1, Check.above("c", Estimate.exact(823_084), 0, Figures::count).margin(), 1e-9,
                "a count above 0: relative to itself");
    }

    @Test
    void theFailedCheckTheStraddlingOneOrTheTightestPassDecides() {
        Evidence holds = new Evidence();
        holds.check(atLeast("wide", 4, 0.1));
        holds.check(atLeast("tight", 2.4, 0.1));
        assertEquals(Verdict.HOLDS, holds.verdict());
        assertEquals(atLeast("tight", 2.4, 0.1).text(), holds.deciding());

        Evidence unsure = new Evidence();
        unsure.check(atLeast("tight", 2.4, 0.1));
        unsure.check(atLeast("straddles", 2.1, 0.5));
        assertEquals(Verdict.INCONCLUSIVE, unsure.verdict());
        assertTrue(unsure.deciding().startsWith("straddles 2.10× (interval 1.60× to 2.60×) (needs ≥ 2.00×): cannot tell"), unsure.deciding());

        Evidence fails = new Evidence();
        fails.check(atLeast("straddles", 2.1, 0.5));
        fails.check(atLeast("just below", 1.8, 0.1));
        fails.check(atLeast("far below", 0.9, 0.1));
        assertEquals(Verdict.DOES_NOT_HOLD, fails.verdict());
        assertTrue(fails.deciding().startsWith("far below 0.90×"), "the clearest failure: " + fails.deciding());

        Evidence missing = new Evidence();
        missing.check(atLeast("wide", 4, 0.1));
        missing.missing("the child JVM's start-up");
        assertEquals(Verdict.NOT_MEASURED, missing.verdict());
        assertEquals("not measured: the child JVM's start-up", missing.deciding());
        assertEquals("no figure the rule needs was measured", new Evidence().deciding());
    }

    @Test
    void aJudgedClaimCarriesItsDecidingFigure() {
        ClaimResult c2 = new MadeUpRun()
                .cell("countdown", 80, 0.5, cpu("single-thread", 1))
                .cell("countdown", 21, 0.5, cpu("multi-thread", 4))
                .judge(new C2ThreadsDoNotSpeedUp());
        assertEquals(Verdict.DOES_NOT_HOLD, c2.verdict());
        assertTrue(c2.deciding().startsWith("countdown multi-thread at 4 workers: speedup 3.81×"), c2.deciding());
        assertTrue(c2.evidence().contains(c2.deciding()), "it is one of the evidence's lines");
    }
}

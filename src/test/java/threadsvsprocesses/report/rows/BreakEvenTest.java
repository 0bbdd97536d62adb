package threadsvsprocesses.report.rows;

import org.junit.jupiter.api.Test;
import threadsvsprocesses.report.rows.BreakEven.Crossing;
import threadsvsprocesses.report.rows.BreakEven.Point;
import threadsvsprocesses.report.rows.BreakEven.Where;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The break-even interpolation on made-up curves: speedup against µs of work per task. */
class BreakEvenTest {

    @Test
    void crossingBetweenTwoSizesIsInterpolatedLogLinearly() {
        List<Point> curve = List.of(Point.exact(1, 0.2), Point.exact(10, 0.5), Point.exact(100, 1.5),
                Point.exact(1000, 1.9));
        Crossing c = BreakEven.of(curve, 1);
        assertEquals(Where.INSIDE, c.where());
        // halfway from 0.5 to 1.5 is halfway from log 10 to log 100: about 31.6 µs
        assertEquals(Math.sqrt(10 * 100), c.micros(), 1e-9);
        assertTrue(c.certain());
    }

    @Test
    void noCrossingIsBeyondTheRangeAboveOrBelow() {
        List<Point> slow = List.of(Point.exact(1, 0.1), Point.exact(10, 0.3), Point.exact(100, 0.8));
        Crossing never = BreakEven.of(slow, 1);
        assertEquals(Where.ABOVE_RANGE, never.where());
        assertEquals(100, never.micros());
        assertTrue(never.highOpen());
        assertFalse(never.certain());

        List<Point> fast = List.of(Point.exact(1, 1.5), Point.exact(10, 1.9));
        Crossing always = BreakEven.of(fast, 1);
        assertEquals(Where.BELOW_RANGE, always.where());
        assertEquals(1, always.micros());
        assertTrue(always.lowOpen());
        assertEquals(Where.NONE, BreakEven.of(List.of(), 1).where());
    }

    @Test
    void aCrossingAtTheEdgeOfTheRangeIsInsideOnlyIfTheLastPointReachesIt() {
        List<Point> justAtTheEnd = List.of(Point.exact(1, 0.2), Point.exact(10, 0.6), Point.exact(100, 1.0));
        Crossing c = BreakEven.of(justAtTheEnd, 1);
        assertEquals(Where.INSIDE, c.where());
        assertEquals(100, c.micros(), 1e-9);

        List<Point> firstPointOn = List.of(Point.exact(1, 1.0), Point.exact(10, 1.4));
        assertEquals(Where.BELOW_RANGE, BreakEven.of(firstPointOn, 1).where());
    }

    @Test
    void wideIntervalsWidenTheCrossingsInterval() {
        // speedups 0.5 and 1.5 as before, but the intervals reach across 1 at both sizes
        List<Point> curve = List.of(new Point(1, 0.2, 0.1, 0.3), new Point(10, 0.5, 0.2, 1.2),
                new Point(100, 1.5, 0.9, 2.0), new Point(1000, 1.9, 1.1, 2.5));
        Crossing c = BreakEven.of(curve, 1);
        assertEquals(Where.INSIDE, c.where());
        assertEquals(Math.sqrt(1000), c.micros(), 1e-9);
        // upper ends: 0.3 -> 1.2 between 1 and 10 µs; lower ends: 0.9 -> 1.1 between 100 and 1,000 µs
        assertTrue(c.low() > 1 && c.low() < 10, "low " + c.low());
        assertTrue(c.high() > 100 && c.high() < 1000, "high " + c.high());
        assertTrue(c.certain());

        List<Point> uncertain = List.of(new Point(1, 0.5, 0.1, 1.2), new Point(10, 1.5, 0.8, 2.0));
        Crossing u = BreakEven.of(uncertain, 1);
        assertEquals(Where.INSIDE, u.where());
        assertTrue(u.lowOpen(), "the upper end is above 1 already at the smallest size");
        assertTrue(u.highOpen(), "the lower end is below 1 still at the largest size");
        assertFalse(u.certain());
    }
}

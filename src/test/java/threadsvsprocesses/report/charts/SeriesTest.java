package threadsvsprocesses.report.charts;

import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeriesTest {

    @Test
    void idealLineStartsAtTheSmallestWorkerLevel() {
        XYSeries ideal = ScalingCharts.idealSeries(1, 64, 8);
        assertEquals(1.0, ideal.getMinX(), 1e-9);
        assertEquals(64.0, ideal.getMaxX(), 1e-9);
        assertEquals(8.0, ideal.getMaxY(), 1e-9);
    }

    @Test
    void spreadMovesSeriesApartButKeepsValues() {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (String m : new String[] {"virtual-thread", "process-pool"}) {
            YIntervalSeries s = new YIntervalSeries(m);
            s.add(4, 10, 9, 11);
            data.addSeries(s);
        }
        YIntervalSeriesCollection moved = Series.spread(data, 0.9, 70);
        double a = moved.getXValue(0, 0);
        double b = moved.getXValue(1, 0);
        assertTrue(a < 4 && b > 4, a + " " + b);
        assertEquals(4, Math.sqrt(a * b), 1e-9); // centred on the true x in log space
        assertTrue(b / a < 1.1, "a small step only: " + b / a);
        assertEquals(10, moved.getYValue(1, 0), 1e-12);
        assertEquals(11, moved.getEndYValue(1, 0), 1e-12);
        assertEquals("process-pool", moved.getSeriesKey(1));
        assertEquals(4, data.getXValue(1, 0), 1e-12); // the input is untouched
    }

    @Test
    void manySeriesOnALongAxisStayCloseToTheirX() {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (int i = 0; i < 12; i++) {
            YIntervalSeries s = new YIntervalSeries("run " + i);
            s.add(100, 10, 9, 11);
            data.addSeries(s);
        }
        YIntervalSeriesCollection moved = Series.spread(data, 0.5, 200_000);
        double first = moved.getXValue(0, 0);
        double last = moved.getXValue(11, 0);
        assertEquals(Series.MAX_SPREAD, Math.log(last / first), 1e-9, "the whole spread is capped");
    }

    @Test
    void errorBarsKeepAboveZeroForLogAxes() {
        YIntervalSeries s = new YIntervalSeries("x");
        Series.add(s, 2, 10, 30);
        Series.add(s, 0, 10, 1);
        Series.add(s, 3, Double.NaN, 1);
        assertEquals(1, s.getItemCount(), "points without x above zero or without y are left out");
        assertEquals(0.2, s.getYLowValue(0), 1e-12);
        assertEquals(40, s.getYHighValue(0), 1e-12);
    }

    /**
     * A reference run hung here: a throughput whose interval of times reached zero gave an infinite error, the axis an
     * infinite top, and the 1-2-5 tick loop ran on to Integer.MAX_VALUE.
     */
    @Test
    @org.junit.jupiter.api.Timeout(10)
    void anInfiniteErrorGivesAFiniteBarAndAxis() {
        YIntervalSeries s = new YIntervalSeries("process-ring");
        Series.add(s, 8, 400_000, Double.POSITIVE_INFINITY);
        Series.add(s, 16, Double.POSITIVE_INFINITY, 1); // not a point at all
        assertEquals(1, s.getItemCount());
        assertEquals(400_000 * Series.UNBOUNDED, s.getYHighValue(0), 1e-6);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        assertTrue(Double.isFinite(Series.maxHigh(data)));

        assertTrue(FixedTickLogAxis.oneTwoFive(100, Double.POSITIVE_INFINITY).isEmpty());
        FixedTickLogAxis axis = Axes.count("messages per second", 100, Double.POSITIVE_INFINITY);
        assertTrue(Double.isFinite(axis.getUpperBound()) && axis.getLowerBound() > 0,
                axis.getLowerBound() + " to " + axis.getUpperBound());
        FixedTickLogAxis real = Axes.count("messages per second", 1_000, 3e6);
        assertTrue(real.getLowerBound() <= 1_000 && real.getUpperBound() >= 3e6);
    }
}

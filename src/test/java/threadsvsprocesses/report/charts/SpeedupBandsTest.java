package threadsvsprocesses.report.charts;

import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import threadsvsprocesses.report.rows.BreakEven;

import java.awt.Color;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The sweep's curves with bands: what a band spans, and that it is filled in the series' own colour. */
class SpeedupBandsTest {

    @Test
    void theBandSpansTheIntervalAndFallsBackToThePointWhereAnEndIsUnknown() {
        YIntervalSeries s = SpeedupBands.series("m", List.of(new BreakEven.Point(2, 0.5, -0.1, 0.9),
                new BreakEven.Point(2000, 1.5, Double.NaN, Double.POSITIVE_INFINITY)));
        assertEquals(0.002, s.getX(0).doubleValue(), 1e-12, "x in ms");
        assertEquals(0, s.getYLowValue(0), "never below 0");
        assertEquals(0.9, s.getYHighValue(0));
        assertEquals(1.5, s.getYLowValue(1));
        assertEquals(1.5, s.getYHighValue(1));
    }

    @Test
    void bandsAreDrawnInTheColourOfTheirLine() {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(SpeedupBands.series("virtual-thread", List.of(BreakEven.Point.exact(1, 1),
                BreakEven.Point.exact(10, 2))));
        XYPlot plot = SpeedupBands.plot(data, SpeedupBands.workAxis(data), SpeedupBands.speedupAxis(data, 2),
                s -> Color.MAGENTA, s -> "virtual-thread");
        DeviationRenderer r = assertInstanceOf(DeviationRenderer.class, plot.getRenderer());
        assertEquals(Color.MAGENTA, r.getSeriesFillPaint(0));
        assertEquals(Color.MAGENTA, r.getSeriesPaint(0));
        assertEquals(2.2, plot.getRangeAxis().getUpperBound(), 1e-9, "up to a little above the ideal");
    }
}

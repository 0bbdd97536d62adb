package threadsvsprocesses.report.charts;

import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

import java.awt.Shape;
import java.awt.Stroke;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartStyleTest {

    @Test
    void everyModelHasItsOwnShapeStrokeAndColour() {
        Set<Shape> shapes = new HashSet<>();
        Set<Stroke> strokes = new HashSet<>();
        Set<Object> colours = new HashSet<>();
        for (String m : ChartSupport.MODELS) {
            shapes.add(ChartSupport.shape(m));
            strokes.add(ChartSupport.stroke(m));
            colours.add(ChartSupport.colour(m));
            assertNotEquals(ChartSupport.DASHED, ChartSupport.stroke(m), m);
        }
        assertEquals(ChartSupport.MODELS.size(), shapes.size());
        assertEquals(ChartSupport.MODELS.size(), strokes.size());
        assertEquals(ChartSupport.MODELS.size(), colours.size());
    }

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
        YIntervalSeriesCollection moved = SeriesData.spread(data, 0.9, 70);
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
}

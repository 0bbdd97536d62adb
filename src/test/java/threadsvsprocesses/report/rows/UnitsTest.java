package threadsvsprocesses.report.rows;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitsTest {

    @Test
    void timeUnitsScaleToMilliseconds() {
        assertEquals(81.2, Units.toMillisPerOp(81.2, "ms/op"), 1e-12);
        assertEquals(0.5, Units.toMillisPerOp(500, "us/op"), 1e-12);
        assertEquals(2e-6, Units.toMillisPerOp(2, "ns/op"), 1e-18);
        assertEquals(1500, Units.toMillisPerOp(1.5, "s/op"), 1e-9);
    }

    @Test
    void throughputUnitsInvert() {
        assertEquals(4, Units.toMillisPerOp(250, "ops/s"), 1e-12);
        assertEquals(0.5, Units.toMillisPerOp(2, "ops/ms"), 1e-12);
        assertTrue(Double.isNaN(Units.toMillisPerOp(1, "furlongs")));
    }

    @Test
    void csvNumbersArePlainDecimals() {
        assertEquals("0.000001", ResultsCsv.number(1e-6));
        assertEquals("12345678900", ResultsCsv.number(12345678900.0));
        assertEquals("3.72093023", ResultsCsv.number(800.0 / 215));
        assertEquals("", ResultsCsv.number(Double.NaN));
    }

    @Test
    void effectiveWorkers() {
        assertEquals(1, RowBuilder.effectiveWorkers("countdown", "single-thread", Map.of("workers", "8")));
        assertEquals(8, RowBuilder.effectiveWorkers("squares", "multi-process", Map.of("workers", "8")));
        assertEquals(1000, RowBuilder.effectiveWorkers("sleep", "virtual-thread", Map.of("workers", "8", "tasks", "1000")));
        assertEquals(8, RowBuilder.effectiveWorkers("sleep", "process-pool", Map.of("workers", "8", "tasks", "1000")));
        assertEquals(1, RowBuilder.effectiveWorkers("sleep", "single-thread", Map.of("workers", "8", "tasks", "1000")));
    }
}

package threadsvsprocesses.report.format;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The figures the console prints: scores with unit, clock times and times in words. */
class FiguresTest {

    @Test
    void scoresCarryTheirErrorAndUnitWithMicrosecondsSpelledOut() {
        assertEquals("44.9 ± 4.0 ms/op", Figures.score(44.93, 4.04, "ms/op"));
        assertEquals("36.2 ± 4.1 µs/op", Figures.score(36.2, 4.1, "us/op"));
        assertEquals("1,234 ops/s", Figures.score(1234, Double.NaN, "ops/s"));
        assertEquals("82.1", Figures.score(82.1, Double.NaN, ""));
    }

    @Test
    void timesReadAsAClockOrInWords() {
        assertEquals("0:00:00", Figures.clock(-3));
        assertEquals("0:02:21", Figures.clock(141));
        assertEquals("1:05:00", Figures.clock(3900));
        assertEquals("45 s", Figures.about(44.6));
        assertEquals("2 min", Figures.about(120));
        assertEquals("17 min 32 s", Figures.about(1052));
        assertEquals("1 h 5 min", Figures.about(3900));
        assertEquals("2 h", Figures.about(7190));
    }
}

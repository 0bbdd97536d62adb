package threadsvsprocesses.report.compare;

import org.junit.jupiter.api.Test;
import threadsvsprocesses.report.rows.CsvCells;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvCellsTest {

    @Test
    void formulaLikeTextGetsAnApostropheAndComesBack() {
        for (String s : new String[] {"=1+2", "+1", "-1", "@SUM(A1)", "\t=x", "\r=x"}) {
            assertTrue(CsvCells.isFormulaLike(s), s);
            assertEquals("'" + s, CsvCells.text(s));
            assertEquals(s, CsvCells.restore(CsvCells.text(s)));
        }
    }

    @Test
    void plainTextIsLeftAlone() {
        for (String s : new String[] {"", "AMD EPYC", "one thread sleeps 100 x 100 ms", "'quoted'", "a=b", "'"}) {
            assertFalse(CsvCells.isFormulaLike(s), s);
            assertEquals(s, CsvCells.text(s));
            assertEquals(s, CsvCells.restore(s));
        }
        assertEquals("", CsvCells.text(null));
    }
}

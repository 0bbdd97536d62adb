package threadsvsprocesses.run.console;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ETA: the estimates left, at the pace of the cells done (on a clock the test sets). */
class ProgressTest {

    @Test
    void theEtaScalesTheEstimatesLeftByThePaceSoFar() {
        AtomicLong now = new AtomicLong(0);
        Progress p = new Progress(new double[] {10, 0, 30}, now::get);
        assertEquals(40, p.estimatedSeconds());
        assertEquals(40, p.etaSeconds(), 1e-9, "before any cell: the estimate");
        now.set(20_000_000_000L); // the first cell took 20 s, twice its estimate
        p.ended(0);
        p.ended(1);
        assertEquals(20, p.elapsedSeconds(), 1e-9);
        assertEquals(60, p.etaSeconds(), 1e-9, "30 s left at twice the pace");
        p.ended(0);
        assertEquals(60, p.etaSeconds(), 1e-9, "a cell ends once");
        p.ended(2);
        assertEquals(0, p.etaSeconds(), 1e-9);
    }
}

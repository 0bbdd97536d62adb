package threadsvsprocesses.experiments.messaging;

import java.io.EOFException;
import java.util.function.BooleanSupplier;

/**
 * Busy-waiting, the way the polling channels wait: the waiting thread keeps its core and asks again, with
 * {@link Thread#onSpinWait()} between two looks ({@code pause} on x86), so no thread is put to sleep and none has to
 * be woken. A spinning end cannot see its peer die (a pipe or a ring just stays empty), so every few thousand
 * looks it asks whether the peer is still there, and gives up with an {@link EOFException} if not.
 *
 * <p>Polling needs a core for each side: on a machine with fewer free cores than spinning threads, the spinner
 * holds the core its peer needs until the scheduler preempts it, and the figure measures the scheduler again.
 */
final class Spin {

    /** Looks between two checks that the peer is alive. */
    private static final int CHECK_EVERY = 1 << 12;

    private Spin() {
    }

    /** Spins until {@code ready}; fails if {@code peerAlive} turns false meanwhile, naming {@code peer}. */
    static void until(BooleanSupplier ready, BooleanSupplier peerAlive, String peer) throws EOFException {
        int looks = 0;
        while (!ready.getAsBoolean()) {
            Thread.onSpinWait();
            if (++looks % CHECK_EVERY == 0 && !peerAlive.getAsBoolean()) {
                throw new EOFException(peer + " is gone");
            }
        }
    }
}

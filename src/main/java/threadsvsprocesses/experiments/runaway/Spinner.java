package threadsvsprocesses.experiments.runaway;

/**
 * A runaway loop: it spins until {@link #release()} and never looks at its thread's interrupt status, as a
 * worker stuck in a computation would.
 *
 * <p>Every step advances an xorshift generator and publishes the state through a volatile field. That store is
 * visible to other threads, so the JIT may neither delete the loop nor hoist it out as dead code: a loop with no
 * observable effect could be compiled to nothing (or to one check of the flag), and the "runaway" would be a
 * worker that ends by itself. The release flag is volatile for the same reason: read on every step, never cached.
 */
public final class Spinner implements Runnable {

    private volatile boolean released;
    private volatile long progress;
    private volatile boolean spinning;

    @Override
    public void run() {
        long x = 0x9E3779B97F4A7C15L;
        spinning = true;
        while (!released) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            progress = x;
        }
    }

    /** The cooperative stop only the harness uses: the loop ends at its next step. */
    public void release() {
        released = true;
    }

    /** True once the loop has begun. */
    public boolean spinning() {
        return spinning;
    }

    /** The generator's last published state (changes while the loop runs). */
    public long progress() {
        return progress;
    }
}

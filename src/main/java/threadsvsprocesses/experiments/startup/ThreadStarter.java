package threadsvsprocesses.experiments.startup;

/**
 * Starts one platform or virtual thread that computes a value from a fresh seed, and joins it.
 *
 * <p>The thread's task is tiny on purpose: what is measured is creating, scheduling and joining the thread.
 */
public final class ThreadStarter implements Starter {

    private final Thread.Builder builder;
    private long seed;
    // Written by the started thread, read after join(): join() makes the write visible (happens-before), so the
    // field needs no volatile. One slot per starter, used by one caller at a time.
    private long result;
    private Thread last;

    private ThreadStarter(Thread.Builder builder) {
        this.builder = builder;
    }

    /** Starts platform (OS) threads. */
    public static ThreadStarter platform() {
        return new ThreadStarter(Thread.ofPlatform().daemon(true));
    }

    /** Starts virtual threads. */
    public static ThreadStarter virtual() {
        return new ThreadStarter(Thread.ofVirtual());
    }

    /**
     * Starts a thread that computes {@link #mix(long)} of the next seed, waits for it, and returns its value.
     * A fresh seed per call means the caller cannot know the value without the thread having run.
     */
    @Override
    public long startAndJoin() throws InterruptedException {
        long input = ++seed;
        Thread t = builder.start(() -> result = mix(input));
        last = t;
        t.join();
        return result;
    }

    /**
     * Starts {@code n} threads, each computing {@link #mix(long)} of a fresh seed, then joins them all; returns the
     * sum of their values. The threads overlap: what is measured per thread is its creation and start, not two
     * wake-ups per thread as in {@link #startAndJoin()}, where the caller sleeps in join() until the thread ends.
     */
    public long startAllThenJoin(int n) throws InterruptedException {
        long[] values = new long[n];
        Thread[] threads = new Thread[n];
        long first = seed + 1;
        seed += n;
        for (int i = 0; i < n; i++) {
            int slot = i;
            threads[i] = builder.start(() -> values[slot] = mix(first + slot));
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            threads[i].join();
            sum += values[i];
        }
        last = threads[n - 1];
        return sum;
    }

    /** The thread the last call started (for tests). */
    Thread lastThread() {
        return last;
    }

    /** SplitMix64's finaliser: a value with no shortcut from the seed. */
    public static long mix(long seed) {
        long z = seed * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

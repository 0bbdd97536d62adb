package threadsvsprocesses.experiments.memory;

import threadsvsprocesses.execution.ThreadLimitException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code count} platform or virtual threads, each parked at the bottom of a realistic stack until {@link #close()}.
 *
 * <p>The stack: each thread descends {@value #STACK_FRAMES} nested calls, each frame keeping four {@code long}
 * locals alive across the call below it (a few KB in all, like a server thread blocked deep in a framework),
 * then waits on a latch. A platform thread's frames are in the pages of its OS stack (only touched pages are
 * resident, not the reserved megabyte); a parked virtual thread's frames are copied to a stack chunk on the Java
 * heap. A thread parked with an empty stack would understate both.
 */
final class ParkedThreads implements Holders {

    /** Nested calls each holder makes before it parks. */
    static final int STACK_FRAMES = 64;

    private static final long STOP_TIMEOUT_MILLIS = 30_000;

    private final List<Thread> threads;
    private final CountDownLatch release;
    private final long[] results;

    private ParkedThreads(List<Thread> threads, CountDownLatch release, long[] results) {
        this.threads = threads;
        this.release = release;
        this.results = results;
    }

    /**
     * Starts the threads and returns once every one has reached the bottom of its stack (a latch counts them in)
     * and is parked (its state is WAITING), so that a memory reading taken next sees all of them in place.
     */
    static ParkedThreads start(boolean virtual, int count) throws InterruptedException, ThreadLimitException {
        CountDownLatch started = new CountDownLatch(count);
        CountDownLatch release = new CountDownLatch(1);
        long[] results = new long[count];
        List<Thread> threads = new ArrayList<>(count);
        ParkedThreads holders = new ParkedThreads(threads, release, results);
        Thread.Builder builder = virtual ? Thread.ofVirtual().name("holder-", 0)
                : Thread.ofPlatform().daemon(true).name("holder-", 0);
        for (int i = 0; i < count; i++) {
            int slot = i;
            try {
                threads.add(builder.start(() -> results[slot] = descend(STACK_FRAMES, slot, started, release)));
            } catch (OutOfMemoryError e) {
                holders.close();
                throw new ThreadLimitException("the OS refused thread " + (i + 1) + " of " + count + ": "
                        + e.getMessage(), e);
            }
        }
        try {
            started.await();
            for (Thread t : threads) {
                // The latch is counted down just before the thread parks; wait the last microseconds until it has.
                while (t.getState() != Thread.State.WAITING) {
                    if (!t.isAlive()) {
                        throw new IllegalStateException("holder thread " + t.getName() + " ended before it was released");
                    }
                    Thread.onSpinWait();
                }
            }
        } catch (InterruptedException | RuntimeException e) {
            holders.close();
            throw e;
        }
        return holders;
    }

    /**
     * One frame of the stack. The four locals are used after the call returns, so they stay live across it and
     * occupy this frame; the sum returned is consumed by the benchmark, so the JIT can drop neither the locals
     * nor the calls.
     */
    private static long descend(int depth, long seed, CountDownLatch started, CountDownLatch release) {
        long a = seed * 0x9E3779B97F4A7C15L + depth;
        long b = a ^ (a >>> 29);
        long c = b * 31 + a;
        long d = c ^ (b << 7);
        long below = depth == 0 ? park(started, release) : descend(depth - 1, d, started, release);
        return below + a + b + c + d;
    }

    private static long park(CountDownLatch started, CountDownLatch release) {
        started.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 1;
    }

    @Override
    public int aliveCount() {
        int alive = 0;
        for (Thread t : threads) {
            if (t.isAlive()) {
                alive++;
            }
        }
        return alive;
    }

    /** Releases every thread and joins them all. */
    @Override
    public void close() {
        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_TIMEOUT_MILLIS);
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || !t.join(Duration.ofNanos(left))) {
                        throw new IllegalStateException("holder thread " + t.getName() + " did not stop within "
                                + STOP_TIMEOUT_MILLIS + " ms of its release");
                    }
                } catch (InterruptedException e) {
                    interrupted = true; // keep joining: no holder may outlive close()
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public long checksum() {
        long sum = 0;
        for (long r : results) {
            sum += r;
        }
        return sum;
    }

    List<Thread> threads() {
        return threads;
    }
}

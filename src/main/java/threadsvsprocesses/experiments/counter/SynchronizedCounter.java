package threadsvsprocesses.experiments.counter;

/** The tutorials' fix: take a lock (here the object's intrinsic lock) around every single increment. */
final class SynchronizedCounter implements InMemoryCounter {

    private final Object lock = new Object();
    private long value;
    private volatile int noCoarsening;

    @Override
    public void reset() {
        synchronized (lock) {
            value = 0;
        }
    }

    @Override
    public void addOnes(long times) {
        for (long i = 0; i < times; i++) {
            synchronized (lock) {
                value++;
            }
            // Why this read: C2 unrolls the loop and then merges the unlock of one increment with the lock of the
            // next (lock coarsening), so one acquisition would cover several increments (measured: 1.4 ns per
            // increment instead of 5.4 alone), and the cost of the lock, above all under contention, would be
            // understated. The tutorials take the lock once per increment. A volatile read between two increments
            // is a barrier the compiler does not coarsen across; alone it is a plain load on x86 (measured: 5.4 ns
            // per increment with it, the same as before C2 coarsens).
            int ignored = noCoarsening;
        }
    }

    @Override
    public long value() {
        synchronized (lock) {
            return value;
        }
    }
}

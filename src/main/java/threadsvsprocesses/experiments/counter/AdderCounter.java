package threadsvsprocesses.experiments.counter;

import java.util.concurrent.atomic.LongAdder;

/**
 * A {@link LongAdder}: under contention each thread adds to a cell of its own, and the sum is taken at the end.
 * Correct, and the cheapest way for many threads to count. The same adder (with its cells) serves every
 * operation, as a long-lived counter would.
 */
final class AdderCounter implements InMemoryCounter {

    private final LongAdder value = new LongAdder();

    @Override
    public void reset() {
        value.reset();
    }

    @Override
    public void addOnes(long times) {
        for (long i = 0; i < times; i++) {
            value.increment();
        }
    }

    @Override
    public long value() {
        return value.sum();
    }
}

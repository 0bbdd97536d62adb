package threadsvsprocesses.experiments.counter;

import java.util.concurrent.atomic.AtomicLong;

/** One atomic read-modify-write per increment ({@code lock xadd} on x86): correct without a lock. */
final class AtomicCounter implements InMemoryCounter {

    private final AtomicLong value = new AtomicLong();

    @Override
    public void reset() {
        value.set(0);
    }

    @Override
    public void addOnes(long times) {
        for (long i = 0; i < times; i++) {
            value.incrementAndGet();
        }
    }

    @Override
    public long value() {
        return value.get();
    }
}

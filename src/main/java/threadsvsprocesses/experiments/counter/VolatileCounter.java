package threadsvsprocesses.experiments.counter;

/**
 * {@code x = x + 1} on a {@code volatile} field with no lock: a common belief in Java is that volatile makes it safe.
 * It does not: volatile makes each load and each store happen, and in order, but the pair is still no atomic
 * step, so it loses updates like the plain race ({@link UnsynchronizedCounter}). Each volatile store also pays a
 * full fence ({@code lock addl} on x86, about 2.5 ns per increment alone), so this variant costs more than the race,
 * and even more than an {@code AtomicLong}, which does the right thing with one locked instruction.
 */
final class VolatileCounter implements InMemoryCounter {

    private volatile long value;

    @Override
    public void reset() {
        value = 0;
    }

    @Override
    public void addOnes(long times) {
        for (long i = 0; i < times; i++) {
            value = value + 1;
        }
    }

    @Override
    public long value() {
        return value;
    }
}

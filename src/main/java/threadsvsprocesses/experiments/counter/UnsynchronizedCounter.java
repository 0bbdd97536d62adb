package threadsvsprocesses.experiments.counter;

/**
 * The tutorials' race: {@code counter += 1} from several workers with no lock. Each increment reads the value,
 * adds one and writes it back; two workers that read the same value both write value + 1, and one update is lost.
 */
final class UnsynchronizedCounter implements InMemoryCounter {

    // Why volatile: with a plain field, C2 keeps the value in a register for the whole loop and writes it back
    // once (measured: 0.00 ns per increment once compiled, and two threads of 20 million increments each lost
    // nothing). Updates would then be lost in whole blocks or not at all, which is not the race the tutorials show.
    // A volatile field makes every `value = value + 1` a real load and a real store to shared memory, still with
    // nothing that makes the pair atomic: the same read-modify-write race as CPython's LOAD/ADD/STORE (measured:
    // two threads of 20 million increments lost 40-45% of them). The volatile store costs a fence on x86 (about
    // 1.9 ns per increment alone), so this variant is a little dearer than a plain racy store would be.
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

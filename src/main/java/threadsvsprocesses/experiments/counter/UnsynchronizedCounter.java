package threadsvsprocesses.experiments.counter;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The tutorials' race: {@code counter += 1} from several workers with no lock. Each increment reads the value,
 * adds one and writes it back; two workers that read the same value both write value + 1, and one update is lost.
 */
final class UnsynchronizedCounter implements InMemoryCounter {

    // Why opaque access: with a plain field, C2 keeps the value in a register for the whole loop and writes it back
    // once (measured: 0.00 ns per increment once compiled, and two threads of 20 million increments each lost
    // nothing), so updates would be lost in whole blocks or not at all, which is not the race the tutorials show. A
    // volatile field (the `volatile` variant) makes every load and store real but adds a full fence to each store
    // (measured: 2.5 ns per increment alone, more than an AtomicLong), so "a lock costs more" would be measured
    // against a fenced store. VarHandle's opaque mode is the access with neither flaw: each getOpaque and setOpaque
    // is performed, in order, on the shared field (C2 may neither hoist nor merge them), with no fence (a plain mov
    // on x86; measured: 0.47 ns per increment, linear in the count). Nothing makes the pair atomic: the same
    // read-modify-write race as CPython's LOAD/ADD/STORE (measured: two threads of a million increments each lost
    // 7-43% of them).
    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(UnsynchronizedCounter.class, "value", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") // accessed through VALUE
    private long value;

    @Override
    public void reset() {
        VALUE.setVolatile(this, 0L);
    }

    @Override
    public void addOnes(long times) {
        for (long i = 0; i < times; i++) {
            long v = (long) VALUE.getOpaque(this);
            VALUE.setOpaque(this, v + 1);
        }
    }

    @Override
    public long value() {
        return (long) VALUE.getVolatile(this);
    }
}

package threadsvsprocesses.experiments.counter;

import threadsvsprocesses.labels.Labelled;

/**
 * The ways to let many workers add to one counter; each constant creates its {@link SharedCounter}, so a JMH
 * {@code @Param} names it in plain words ({@code -p counter=adder}).
 */
public enum CounterKind implements Labelled {

    /**
     * Threads, {@code x = x + 1} with no lock and no fence (VarHandle opaque access): loses updates with 2+ workers
     * running at once.
     */
    UNSYNCHRONIZED {
        @Override
        public SharedCounter create(int workers) {
            return new ThreadWorkers(new UnsynchronizedCounter(), workers);
        }
    },

    /** Threads, {@code x = x + 1} on a volatile field: a fence per store, and it still loses updates. */
    VOLATILE {
        @Override
        public SharedCounter create(int workers) {
            return new ThreadWorkers(new VolatileCounter(), workers);
        }
    },

    /** Threads, the intrinsic lock around each increment: correct, and the dearest under contention. */
    SYNCHRONIZED {
        @Override
        public SharedCounter create(int workers) {
            return new ThreadWorkers(new SynchronizedCounter(), workers);
        }
    },

    /** Threads, {@code AtomicLong.incrementAndGet()}: correct, one atomic instruction per increment. */
    ATOMIC {
        @Override
        public SharedCounter create(int workers) {
            return new ThreadWorkers(new AtomicCounter(), workers);
        }
    },

    /** Threads, {@code LongAdder}: correct, a cell per contending thread, the cheapest under contention. */
    ADDER {
        @Override
        public SharedCounter create(int workers) {
            return new ThreadWorkers(new AdderCounter(), workers);
        }
    },

    /**
     * Child JVMs, each with a private (copy-on-write) copy of the parent's counter: processes share nothing, so every
     * update is lost to the parent.
     */
    PROCESS_PRIVATE {
        @Override
        public SharedCounter create(int workers) throws Exception {
            return ChildCounters.start(workers, CounterChildMain.Mode.PRIVATE);
        }
    },

    /** Child JVMs adding atomically to one long in a memory-mapped file: shared memory between processes. */
    PROCESS_MAPPED {
        @Override
        public SharedCounter create(int workers) throws Exception {
            return ChildCounters.start(workers, CounterChildMain.Mode.MAPPED);
        }
    };

    /** Creates the counter and starts its {@code workers} threads or child JVMs. */
    public abstract SharedCounter create(int workers) throws Exception;

    /** The kind with this label, or an error naming the accepted labels. */
    public static CounterKind byLabel(String label) {
        return Labelled.byLabel(CounterKind.class, "counter", label);
    }

    @Override
    public String toString() {
        return label();
    }
}

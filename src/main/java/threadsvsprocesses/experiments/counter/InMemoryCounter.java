package threadsvsprocesses.experiments.counter;

/**
 * A counter in this JVM's memory and the loop a worker thread runs on it. Each implementation has its own loop,
 * so the JIT compiles each increment in place rather than through a virtual call per increment.
 */
interface InMemoryCounter {

    /** Sets the counter to zero; called while no worker runs. */
    void reset();

    /** Adds 1 to the counter {@code times} times, one increment at a time. */
    void addOnes(long times);

    /** The counter's value; called after every worker has finished. */
    long value();
}

/**
 * The shared counter (C7, C8): threads with and without a lock, an atomic, an adder; child JVMs with counters of their
 * own or one in a memory-mapped file. Depends on {@code execution}, {@code experiments.child}.
 */
package threadsvsprocesses.experiments.counter;

/**
 * A worker that never checks for interruption (C9), as a thread or a child JVM.
 * Depends on {@code execution}, {@code experiments.child}.
 */
package threadsvsprocesses.experiments.runaway;

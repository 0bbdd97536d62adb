/**
 * Starting one thread or process and waiting for its end (C4, C11).
 * Depends on {@code execution}, {@code experiments.child}.
 */
package threadsvsprocesses.experiments.startup;

/**
 * Messages between two threads or two processes (C6): the channels and the echo child JVM.
 * Depends on {@code execution}, {@code experiments.child}.
 */
package threadsvsprocesses.experiments.messaging;

/**
 * Resident memory per parked thread, virtual thread or idle child JVM (C5), read from /proc.
 * Depends on {@code execution}, {@code experiments.child}.
 */
package threadsvsprocesses.experiments.memory;

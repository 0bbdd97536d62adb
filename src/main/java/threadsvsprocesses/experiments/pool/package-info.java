/**
 * Many small tasks mapped over a pool (C10): the pools and their tasks.
 * Depends on {@code execution}, {@code workload}.
 */
package threadsvsprocesses.experiments.pool;

/**
 * The execution models (single-thread, multi-thread, virtual-thread, multi-process, process-pool) that run a workload's
 * jobs, and the worker JVM they start. Depends on {@code workload} and {@code labels}.
 */
package threadsvsprocesses.execution;

/**
 * The experiments beside the workloads, one sub-package each, plain Java unaware of JMH: what is compared and how one
 * operation runs. Depends on {@code execution} (child JVMs, lifelines), {@code workload} and {@code labels}.
 */
package threadsvsprocesses.experiments;

/**
 * The three workloads of the tutorials (countdown, squares, sleep), plain Java: each a function over a range of its
 * units of work returning a checksum. Depends on nothing of the suite but {@code labels}.
 */
package threadsvsprocesses.workload;

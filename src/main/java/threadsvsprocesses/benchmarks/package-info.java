/**
 * The JMH bindings: one class per workload or experiment binds its plain-Java code to JMH's annotations, guarding
 * against dead code and hoisting. Depends on {@code workload}, {@code execution} and {@code experiments}.
 */
package threadsvsprocesses.benchmarks;

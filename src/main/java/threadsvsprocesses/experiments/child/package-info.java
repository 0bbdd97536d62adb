/**
 * A child JVM running one of the experiments' main classes, tied to its parent by its stdin.
 * Depends on {@code execution}.
 */
package threadsvsprocesses.experiments.child;

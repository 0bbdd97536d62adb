/**
 * The task-size sweep (C1, C10 restated): a fixed total of countdown work cut into tasks of a chosen size, the
 * models it runs under, and the plan of which sizes each model can run sensibly.
 * Depends on {@code execution}, {@code workload}, {@code experiments.pool}.
 */
package threadsvsprocesses.experiments.granularity;

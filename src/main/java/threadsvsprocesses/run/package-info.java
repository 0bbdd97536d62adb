/**
 * A run of the suite: profiles, planning the cells, running them one JMH run at a time (in batches of forks while a
 * cell's interval is wide, {@code CellForks}, merged into one JMH file, {@code ForkMerge}), the time estimate
 * ({@code CostEstimate}), run ids, the machine's description, and the run folder's files (plan.json, machine.json);
 * {@code check}. Reading the machine is in {@code run.machine}, the noise of each cell and the run lock in
 * {@code run.noise}. Depends on {@code execution}, {@code experiments}, {@code workload} and {@code report} (to write
 * the report at the end).
 */
package threadsvsprocesses.run;

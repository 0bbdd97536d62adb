/**
 * A run of the suite: profiles, planning the cells, running them one JMH run at a time, run ids, the machine's
 * description, and the run folder's files (plan.json, machine.json); {@code check}. Reading the machine is in
 * {@code run.machine}, the noise of each cell and the run lock in {@code run.noise}. Depends on {@code execution},
 * {@code experiments}, {@code workload} and {@code report} (to write the report at the end).
 */
package threadsvsprocesses.run;

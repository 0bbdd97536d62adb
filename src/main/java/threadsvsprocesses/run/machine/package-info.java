/**
 * The machine a run measures on, read from {@code /proc} and {@code /sys} by small parsers: topology, CPU state,
 * cgroup limits, how busy it is ({@code MachineDetails}), the CPU accounting that per-cell noise is computed from
 * ({@code CpuReading}, {@code ProcessTree}), and what would distort a run now ({@code Distortions}). A figure that
 * cannot be read is recorded as unknown with why, never guessed, so a machine without these files gets "unknown".
 * Depends on {@code report.format} (numbers a person reads) and {@code execution} (how the launcher names itself).
 */
package threadsvsprocesses.run.machine;

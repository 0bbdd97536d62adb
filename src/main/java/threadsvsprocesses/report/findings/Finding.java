package threadsvsprocesses.report.findings;

/**
 * One sentence of "On this machine".
 *
 * @param topic    what it is about, e.g. "CPU-bound work"
 * @param text     the sentence, from the run's figures
 * @param workload the workload or experiment whose section (chart and table) it comes from, e.g. "countdown"
 * @param chart    the chart it is best read beside, by the last part of its name ("speedup" for
 *                 countdown-speedup), or empty for the section's first
 * @param summary  a short line for the console's summary at the end of a run (the best model and its speedup),
 *                 or empty where the finding has none
 */
public record Finding(String topic, String text, String workload, String chart, String summary) {
}

/**
 * How a person reads the results: every number ({@code Figures}), workload and experiment names, and the order subjects
 * are listed in. Used by charts, pages, claims and compare alike; knows nothing of them.
 */
package threadsvsprocesses.report.format;

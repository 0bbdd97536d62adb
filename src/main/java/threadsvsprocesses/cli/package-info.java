/**
 * The command line: parses {@code run}, {@code report} and {@code compare} (picocli) and hands over to {@code run},
 * {@code report} and {@code report.compare}. Nothing else depends on it.
 */
package threadsvsprocesses.cli;

/**
 * The command line: parses {@code run}, {@code report}, {@code compare} and {@code check} (picocli) and hands over to
 * {@code run}, {@code report} and {@code report.compare}. Nothing else depends on it.
 */
package threadsvsprocesses.cli;

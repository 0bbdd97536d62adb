/**
 * Turns a run folder into its CSV, charts and pages ({@link threadsvsprocesses.report.Reporter}). Data flows one way:
 * {@code rows} (JMH's JSON to rows and results.csv), then {@code claims}, {@code charts} and {@code page} read rows;
 * {@code compare} reuses all of them; {@code format} is how a person reads numbers, names and order.
 */
package threadsvsprocesses.report;

/**
 * The verdict on each claim C1 to C12, judged by a rule over a run's rows, and claims.csv.
 * Depends on {@code report.rows} and {@code report.format}.
 */
package threadsvsprocesses.report.claims;

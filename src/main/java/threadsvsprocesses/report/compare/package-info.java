/**
 * Several runs side by side: reads their results.csv as rows, tests each difference, and writes comparison.csv, charts
 * and pages with the charts' and pages' own parts. Depends on {@code report.rows}, {@code charts}, {@code page}, {@code format}.
 */
package threadsvsprocesses.report.compare;

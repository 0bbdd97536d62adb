/**
 * JMH's JSON to rows, rows to results.csv and back: the one model of a result ({@code ResultRow}) that every reader
 * uses. Knows nothing of charts or pages; depends on {@code run} (the plan and machine, a cell's noise),
 * {@code experiments}, {@code execution}.
 */
package threadsvsprocesses.report.rows;

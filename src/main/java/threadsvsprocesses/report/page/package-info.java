/**
 * The pages (index.html, report.md): one outline of blocks per page, rendered by an HTML and a Markdown renderer.
 * Reads rows and claims; depends on {@code report.rows}, {@code report.claims} and {@code report.format} (and on
 * {@code run.machine} for the machine's facts in words), never on charts.
 */
package threadsvsprocesses.report.page;

/**
 * "On this machine": a few sentences that open the run's page and report.md, each generated from the run's rows by
 * a small rule (one class per finding), never written by hand, like the claims' verdicts. Each names the section
 * (and chart) it comes from. Depends on {@code report.rows} and {@code report.format}.
 */
package threadsvsprocesses.report.findings;

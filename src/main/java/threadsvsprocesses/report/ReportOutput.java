package threadsvsprocesses.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Reporter#write} wrote.
 *
 * @param csv      the results.csv in the run folder
 * @param claims   the claims.csv in the run folder: one verdict per claim
 * @param charts   the PNG charts (an SVG lies beside each)
 * @param report   the report.md in the charts folder
 * @param html     the self-contained index.html in the charts folder
 * @param rows     rows of the CSV: one per planned cell, plus one per secondary metric of a measured cell
 * @param measured cells with a result (status done)
 * @param skipped  cells skipped on purpose
 * @param failed   cells that failed, including cells whose result could not be found
 * @param noisy    measured cells the machine disturbed (noisy)
 */
public record ReportOutput(Path csv, Path claims, List<Path> charts, Path report, Path html, int rows, int measured, int skipped, int failed,
                           int noisy) {

    public ReportOutput {
        charts = List.copyOf(charts);
    }
}

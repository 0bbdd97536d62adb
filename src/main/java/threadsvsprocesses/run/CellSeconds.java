package threadsvsprocesses.run;

/**
 * How long a cell was expected to take and how long it took, in seconds, as {@code plan.json} records them
 * ({@code "seconds": {"estimated": 7.6, "actual": 7.9}}): the estimate's calibration data ({@link CostEstimate}).
 *
 * @param estimated the estimate made before the run; null where none was made (plans of older versions)
 * @param actual    the wall time from the cell's start to its end, both attempts of a retried cell included; null
 *                  until it has run (and for a cell skipped on purpose, which takes no time)
 */
public record CellSeconds(Double estimated, Double actual) {

    /** These seconds with the time the cell took. */
    public CellSeconds withActual(double seconds) {
        return new CellSeconds(estimated, seconds);
    }
}

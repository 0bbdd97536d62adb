package threadsvsprocesses.report.findings;

import threadsvsprocesses.report.rows.RunRows;

import java.util.Optional;

/** A rule that turns a run's rows into one sentence of "On this machine", if the run has the rows it needs. */
interface FindingRule {

    /** The finding on {@code rows} of a machine with {@code cores} processors; empty without the rows it needs. */
    Optional<Finding> find(RunRows rows, int cores);
}

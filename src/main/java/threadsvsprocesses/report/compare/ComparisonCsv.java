package threadsvsprocesses.report.compare;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import threadsvsprocesses.report.rows.CsvCells;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.ResultsCsv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code comparison.csv}: one row per measurement and run, for every measurement seen in any run (also
 * those a run lacks, with status {@code absent}), so nothing is dropped silently. Numbers use a plain decimal
 * point; an empty field means "not applicable" or "unknown". Text cells that a spreadsheet would run as a formula
 * start with an apostrophe ({@link CsvCells}).
 *
 * <table>
 *   <caption>Columns of comparison.csv, in order</caption>
 *   <tr><th>column</th><th>meaning</th></tr>
 *   <tr><td>benchmark</td><td>JMH's full benchmark name</td></tr>
 *   <tr><td>workload</td><td>countdown, squares, sleep or an experiment's label</td></tr>
 *   <tr><td>model</td><td>execution model, or the experiment's subject value</td></tr>
 *   <tr><td>params</td><td>the measurement's parameters, name=value joined by ';', with workers = the threads or
 *       processes at work (the key, with benchmark and metric)</td></tr>
 *   <tr><td>metric</td><td>primary, or a secondary metric's name</td></tr>
 *   <tr><td>runs_with_row</td><td>how many of the compared runs have a row for this measurement</td></tr>
 *   <tr><td>run_id</td><td>the run of this row</td></tr>
 *   <tr><td>machine</td><td>the run's legend label: CPU, cores, JVM (run id added where two would be equal)</td></tr>
 *   <tr><td>baseline</td><td>true for the baseline run</td></tr>
 *   <tr><td>cores</td><td>processors of the run's machine</td></tr>
 *   <tr><td>workers</td><td>threads or processes at work; empty where not applicable</td></tr>
 *   <tr><td>workers_per_core</td><td>workers / cores</td></tr>
 *   <tr><td>status</td><td>done, skipped, failed, planned, or absent (the run has no such row)</td></tr>
 *   <tr><td>reason</td><td>why the cell was skipped or failed</td></tr>
 *   <tr><td>score</td><td>the run's score in unit</td></tr>
 *   <tr><td>score_error</td><td>JMH's 99.9% error in unit; empty if unknown</td></tr>
 *   <tr><td>score_stdev</td><td>standard deviation of the samples in unit; empty if unknown</td></tr>
 *   <tr><td>samples</td><td>measurements over all forks</td></tr>
 *   <tr><td>unit</td><td>unit of score: the baseline's, the run's score converted to it where they differ</td></tr>
 *   <tr><td>ratio_to_baseline</td><td>score / the baseline's score (below 1 for a time: faster than the baseline)</td></tr>
 *   <tr><td>test</td><td>significance test against the baseline: Welch t-test on fork means (both runs with 2 or
 *       more forks), overlap of intervals (ci_low to ci_high; JMH's score ± score_error for a results.csv of an
 *       older version), or not tested</td></tr>
 *   <tr><td>p_value</td><td>Welch's two-sided p-value; empty for the other tests</td></tr>
 *   <tr><td>significant</td><td>true if the difference to the baseline is significant (Welch p &lt; 0.01, or
 *       intervals that do not overlap); empty where not compared</td></tr>
 *   <tr><td>verdict</td><td>baseline, faster, slower, higher, lower, equivalent (significant, but under
 *       equivalence_threshold), no significant difference, not tested, not in this run, not measured, no baseline
 *       value, or units differ</td></tr>
 *   <tr><td>speedup</td><td>the run's speedup over single-thread on its own machine (from its results.csv)</td></tr>
 *   <tr><td>efficiency</td><td>speedup / workers (from its results.csv)</td></tr>
 *   <tr><td>efficiency_per_core</td><td>speedup / min(workers, cores): 1 = every core in use turned into speedup</td></tr>
 *   <tr><td>source_line</td><td>the line of the run's results.csv this row comes from</td></tr>
 *   <tr><td>ci_low, ci_high</td><td>the run's interval of the score in unit (the suite's 99% interval; JMH's
 *       99.9% error for an older results.csv)</td></tr>
 *   <tr><td>forks</td><td>forks behind the score; empty where unknown</td></tr>
 *   <tr><td>fork_stdev</td><td>standard deviation of the forks' means in unit, what Welch's test uses</td></tr>
 *   <tr><td>equivalence_threshold</td><td>the smallest difference called one: a significant difference with
 *       |ratio_to_baseline - 1| below it is "equivalent" (0.05, on every row)</td></tr>
 *   <tr><td>scheduler_bound</td><td>true where the figure depends on the host's scheduler (wake-ups of threads and
 *       processes), so it moves between runs more than its interval says</td></tr>
 *   <tr><td>noisy</td><td>true if this run's cell or the baseline's was noisy (measured while other processes or the
 *       hypervisor took more than 0.1 of a core): a difference, significant or not, may then be the machine's</td></tr>
 * </table>
 */
public final class ComparisonCsv {

    /** The header, in column order. */
    public static final List<String> HEADER = List.of("benchmark", "workload", "model", "params", "metric",
            "runs_with_row", "run_id", "machine", "baseline", "cores", "workers", "workers_per_core", "status",
            "reason", "score", "score_error", "score_stdev", "samples", "unit", "ratio_to_baseline", "test",
            "p_value", "significant", "verdict", "speedup", "efficiency", "efficiency_per_core", "source_line",
            "ci_low", "ci_high", "forks", "fork_stdev", "equivalence_threshold", "scheduler_bound",
            "noisy");

    private ComparisonCsv() {
    }

    /** The CSV text. */
    public static String render(Comparison c) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new))
                .setRecordSeparator("\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Comparison.Line line : c.lines()) {
                for (int i = 0; i < c.runs().size(); i++) {
                    csv.printRecord(record(c, line, i));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> record(Comparison c, Comparison.Line line, int i) {
        RunResults run = c.runs().get(i);
        Comparison.Entry e = line.entries().get(i);
        ResultRow r = e.row();
        ResultRow x = line.example();
        double factor = r == null ? Double.NaN : Comparison.factor(r.unit(), line.unit());
        List<String> v = new ArrayList<>(HEADER.size());
        v.add(CsvCells.text(line.key().benchmark()));
        v.add(CsvCells.text(x.workload()));
        v.add(CsvCells.text(x.model()));
        v.add(CsvCells.text(line.key().params()));
        v.add(CsvCells.text(line.key().metric()));
        v.add(Integer.toString(line.presentIn().size()));
        v.add(CsvCells.text(run.runId()));
        v.add(CsvCells.text(c.labels().get(i)));
        v.add(Boolean.toString(i == c.baseline()));
        v.add(Integer.toString(run.cores()));
        v.add(r == null ? "" : (r.workers() > 0 ? Integer.toString(r.workers()) : ""));
        v.add(ResultsCsv.number(e.workersPerCore()));
        v.add(r == null ? "absent" : CsvCells.text(r.status().label()));
        v.add(r == null ? "" : CsvCells.text(r.reason()));
        v.add(ResultsCsv.number(e.value()));
        v.add(r == null ? "" : ResultsCsv.number(r.scoreError() * factor));
        v.add(r == null ? "" : ResultsCsv.number(r.scoreStdev() * factor));
        v.add(r == null || r.samples() == 0 ? "" : Long.toString(r.samples()));
        v.add(CsvCells.text(line.unit()));
        v.add(ResultsCsv.number(e.ratio()));
        v.add(e.test() == null ? "" : e.test().test().label);
        v.add(e.test() == null ? "" : ResultsCsv.number(e.test().pValue()));
        v.add(e.test() == null ? "" : Boolean.toString(e.test().significant()));
        v.add(e.verdict().label);
        v.add(r == null ? "" : ResultsCsv.number(r.speedup()));
        v.add(r == null ? "" : ResultsCsv.number(r.efficiency()));
        v.add(ResultsCsv.number(e.efficiencyPerCore()));
        v.add(r == null ? "" : Integer.toString(run.lines().get(line.key())));
        v.add(ResultsCsv.number(e.low()));
        v.add(ResultsCsv.number(e.high()));
        v.add(r == null || r.forks() == 0 ? "" : Integer.toString(r.forks()));
        v.add(r == null ? "" : ResultsCsv.number(r.interval().forkStdev() * factor));
        v.add(ResultsCsv.number(Comparison.EQUIVALENCE));
        v.add(r == null ? "" : Boolean.toString(e.schedulerBound()));
        v.add(Boolean.toString(CompareText.eitherNoisy(c, line, i)));
        return v;
    }
}

package threadsvsprocesses.report.rows;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import threadsvsprocesses.run.MachineInfo;
import threadsvsprocesses.run.PlannedCell.Status;
import threadsvsprocesses.run.RunFolder;
import threadsvsprocesses.run.machine.MachineDetails;
import threadsvsprocesses.run.noise.CellNoise;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code results.csv}: one row per cell of the plan, measured or not. Numbers use a plain decimal point
 * (never a locale's comma, never an exponent); an empty field means "not applicable" or "unknown".
 *
 * <table>
 *   <caption>Columns of results.csv, in order</caption>
 *   <tr><th>column</th><th>meaning</th></tr>
 *   <tr><td>run_id</td><td>the run's id (its folder name)</td></tr>
 *   <tr><td>run_started_at</td><td>ISO-8601 instant the run started</td></tr>
 *   <tr><td>host</td><td>host name</td></tr>
 *   <tr><td>cpu_model</td><td>CPU model as the OS names it</td></tr>
 *   <tr><td>cores</td><td>processors available to the JVM</td></tr>
 *   <tr><td>memory_bytes</td><td>physical memory in bytes (-1 if unknown)</td></tr>
 *   <tr><td>os</td><td>OS name, version and architecture</td></tr>
 *   <tr><td>jvm_vendor</td><td>vendor of the JVM that ran the benchmarks</td></tr>
 *   <tr><td>jvm_version</td><td>its full version</td></tr>
 *   <tr><td>benchmark</td><td>JMH's full benchmark name</td></tr>
 *   <tr><td>workload</td><td>countdown, squares or sleep</td></tr>
 *   <tr><td>model</td><td>single-thread, multi-thread, virtual-thread, multi-process or process-pool</td></tr>
 *   <tr><td>workers</td><td>threads or processes at work at once: 1 for single-thread; for countdown and squares the
 *       workers parameter; for sleep one per task, except process-pool (its pool size)</td></tr>
 *   <tr><td>tasks</td><td>sleep: number of tasks; empty for other workloads</td></tr>
 *   <tr><td>count</td><td>countdown and squares: size of the work; empty for sleep</td></tr>
 *   <tr><td>sleep_millis</td><td>sleep: milliseconds each task sleeps; empty for other workloads</td></tr>
 *   <tr><td>mode</td><td>JMH mode: ss (single shot), avgt, thrpt or sample; empty unless done</td></tr>
 *   <tr><td>score</td><td>JMH's score, in unit; empty unless done</td></tr>
 *   <tr><td>score_error</td><td>JMH's 99.9% error, in unit; empty if JMH had too few samples</td></tr>
 *   <tr><td>unit</td><td>unit of score, e.g. ms/op; empty unless done</td></tr>
 *   <tr><td>score_ms</td><td>score converted to milliseconds per operation</td></tr>
 *   <tr><td>samples</td><td>measurements over all forks; empty unless done</td></tr>
 *   <tr><td>speedup</td><td>single-thread score_ms (same workload, same count, or same tasks and sleep_millis) divided
 *       by this score_ms; empty without a single-thread baseline</td></tr>
 *   <tr><td>efficiency</td><td>speedup / workers (1 = perfect scaling)</td></tr>
 *   <tr><td>status</td><td>done, skipped, failed or planned (not reached)</td></tr>
 *   <tr><td>reason</td><td>why the cell was skipped or failed; empty otherwise</td></tr>
 *   <tr><td>metric</td><td>{@code primary} for JMH's primary score; otherwise the name of a secondary metric of the
 *       same cell (e.g. {@code lostUpdates}), which gets a row of its own with its score, error, unit, samples and
 *       standard deviation, and empty score_ms, speedup and efficiency</td></tr>
 *   <tr><td>params</td><td>every JMH parameter of the cell, {@code name=value} joined by {@code ;}, sorted by
 *       name; with benchmark and metric it identifies the same measurement across runs</td></tr>
 *   <tr><td>score_stdev</td><td>standard deviation of the raw samples over all forks, in unit; empty below 2
 *       samples</td></tr>
 *   <tr><td>foreign_cpu</td><td>share (0 to 1) of the run's CPUs that processes outside the run used while the cell
 *       was measured; empty if not measured or unknown</td></tr>
 *   <tr><td>steal</td><td>share (0 to 1) of the run's CPUs the hypervisor took meanwhile; empty likewise</td></tr>
 *   <tr><td>noisy</td><td>true if foreign_cpu or steal was above 0.1 of one core during a fork whose samples the
 *       cell keeps (the cell's numbers may be off); empty if not measured or unknown</td></tr>
 *   <tr><td>attempts</td><td>2 when a noisy fork of the cell was measured again ({@code --on-noise retry}, the
 *       quieter attempt kept), else 1; empty if not measured</td></tr>
 *   <tr><td>physical_cores</td><td>the machine's physical cores; empty if unknown</td></tr>
 *   <tr><td>threads_per_core</td><td>SMT threads per core (1 = no SMT); empty if unknown</td></tr>
 *   <tr><td>cpu_quota_cores</td><td>the cgroup's CPU quota in cores; empty if there is none or it is unknown
 *       (machine.json says which)</td></tr>
 *   <tr><td>ci_low, ci_high</td><td>the suite's 99% interval of the score, in unit ({@link Interval}): Student's t
 *       over the forks' means with 2 or more forks, over the iterations of the one fork otherwise; empty below 2
 *       samples. Claims, tables, charts and compare use it; score_error stays JMH's own</td></tr>
 *   <tr><td>forks</td><td>forks behind the score</td></tr>
 *   <tr><td>fork_stdev</td><td>standard deviation of the forks' means, in unit; empty below 2 forks</td></tr>
 *   <tr><td>fork_spread</td><td>highest fork mean / lowest (1 = the forks agree); empty below 2 forks or unless
 *       every fork mean is above zero</td></tr>
 *   <tr><td>scheduler_bound</td><td>true where the figure depends on how fast the host's scheduler wakes threads and
 *       processes ({@link SchedulerBound}): it moves with the host's load and kernel more than the rest</td></tr>
 *   <tr><td>runtime</td><td>what ran the cell: {@code JVM} and its version, or the Python interpreter of a CPython
 *       model as found when the run was planned, e.g. {@code CPython 3.11.7 (GIL)} or {@code CPython 3.13.1
 *       (free-threaded)} (its command is the {@code python} parameter)</td></tr>
 * </table>
 *
 * <p>For the experiments (startup, memory, ...), {@code model} holds what the experiment compares (e.g. the
 * {@code channel}), {@code workers} and {@code tasks} their parameters where they have them, and {@code count} and
 * {@code sleep_millis} stay empty.
 */
public final class ResultsCsv {

    /** The header, in column order. */
    public static final List<String> HEADER = List.of(
            "run_id", "run_started_at", "host", "cpu_model", "cores", "memory_bytes", "os", "jvm_vendor",
            "jvm_version", "benchmark", "workload", "model", "workers", "tasks", "count", "sleep_millis", "mode",
            "score", "score_error", "unit", "score_ms", "samples", "speedup", "efficiency", "status", "reason",
            "metric", "params", "score_stdev", "foreign_cpu", "steal", "noisy", "attempts", "physical_cores",
            "threads_per_core", "cpu_quota_cores", "ci_low", "ci_high", "forks", "fork_stdev", "fork_spread",
            "scheduler_bound", "runtime");

    private ResultsCsv() {
    }

    /** Writes the rows to {@code target} atomically. */
    public static void write(Path target, MachineInfo machine, List<ResultRow> rows) {
        RunFolder.writeAtomically(target, render(machine, rows));
    }

    /** The CSV text. */
    public static String render(MachineInfo m, List<ResultRow> rows) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new))
                .setRecordSeparator("\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (ResultRow r : rows) {
                csv.printRecord(record(m, r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> record(MachineInfo m, ResultRow r) {
        boolean done = r.status() == Status.DONE && r.value() != null;
        List<String> v = new ArrayList<>(HEADER.size());
        v.add(text(m.runId()));
        v.add(text(m.startedAt()));
        v.add(text(m.host()));
        v.add(text(m.cpuModel()));
        v.add(Integer.toString(m.cores()));
        v.add(Long.toString(m.memoryBytes()));
        v.add(text(m.os()));
        v.add(text(m.jvmVendor()));
        v.add(text(m.jvmVersion()));
        v.add(text(r.benchmark()));
        v.add(text(r.workload()));
        v.add(text(r.model()));
        v.add(r.workers() > 0 ? Integer.toString(r.workers()) : "");
        v.add(text(r.tasks()));
        v.add(text(r.count()));
        v.add(text(r.sleepMillis()));
        v.add(done ? text(r.mode()) : "");
        v.add(done ? number(r.score()) : "");
        v.add(done ? number(r.scoreError()) : "");
        v.add(done ? text(r.unit()) : "");
        v.add(done ? number(r.scoreMs()) : "");
        v.add(done ? Long.toString(r.samples()) : "");
        v.add(number(r.speedup()));
        v.add(number(r.efficiency()));
        v.add(r.status().label());
        v.add(text(r.reason()));
        v.add(r.metric());
        v.add(text(params(r.params())));
        v.add(done ? number(r.scoreStdev()) : "");
        CellNoise n = r.noise();
        boolean known = n != null && n.known();
        v.add(known ? number(n.foreignCpu()) : "");
        v.add(known ? number(n.steal()) : "");
        v.add(known ? Boolean.toString(n.noisy()) : "");
        v.add(n == null ? "" : n.retried() ? "2" : "1");
        MachineDetails d = m.details();
        v.add(d == null ? "" : count(d.topology().physicalCores()));
        v.add(d == null ? "" : count(d.topology().threadsPerCore()));
        v.add(d == null || d.limits().cpuQuotaCores() == null ? "" : number(d.limits().cpuQuotaCores()));
        Interval i = r.interval();
        v.add(done ? number(i.low()) : "");
        v.add(done ? number(i.high()) : "");
        v.add(done && i.forks() > 0 ? Integer.toString(i.forks()) : "");
        v.add(done ? number(i.forkStdev()) : "");
        v.add(done ? number(i.forkSpread()) : "");
        v.add(Boolean.toString(SchedulerBound.of(r)));
        v.add(r.cpython() ? text(r.runtime()) : text(ResultRow.JVM + " " + m.jvmVersion()));
        return v;
    }

    private static String count(Integer n) {
        return n == null ? "" : Integer.toString(n);
    }

    /** A number with up to 9 significant digits, plain decimal point, no exponent; empty for NaN or infinity. */
    public static String number(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return "";
        }
        if (x == 0) {
            return "0";
        }
        return new BigDecimal(x).round(new MathContext(9)).stripTrailingZeros().toPlainString();
    }

    /** {@code name=value} pairs sorted by name, joined by {@code ;}. */
    public static String params(Map<String, String> params) {
        if (params == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(params).forEach((k, val) -> sb.append(sb.length() == 0 ? "" : ";").append(k).append('=').append(val));
        return sb.toString();
    }

    /** Text read from a machine or a file: never a formula in a spreadsheet (see {@link CsvCells}). */
    private static String text(String s) {
        return s == null ? "" : CsvCells.text(s);
    }
}

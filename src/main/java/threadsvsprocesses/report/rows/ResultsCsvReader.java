package threadsvsprocesses.report.rows;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import threadsvsprocesses.run.BadInputException;
import threadsvsprocesses.run.RunFolder;
import threadsvsprocesses.run.MachineInfo;
import threadsvsprocesses.run.PlannedCell.Status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static threadsvsprocesses.report.rows.CsvFields.fail;
import static threadsvsprocesses.report.rows.CsvFields.shown;

/**
 * Reads a results.csv back into {@link ResultRow}s, the inverse of {@link ResultsCsv}. The file may come from
 * another machine, so it is untrusted: every problem ends the read with a one-line {@link BadInputException},
 * {@code <file>:<line>: <what was found>; expected <what is accepted>}.
 * <ul>
 *   <li>The base columns of {@link ResultsCsv#HEADER} ({@link #REQUIRED}) are required by name (in any order; other
 *       columns are ignored). Those appended later ({@link #OPTIONAL}) are optional, for files of older suite versions:
 *       without {@code metric} every row is the primary metric; without {@code params} the parameters are rebuilt from
 *       model, workers, tasks, count and sleep_millis; without {@code score_stdev} no sample deviation is known;
 *       without the noise columns ({@code foreign_cpu}, {@code steal}, {@code noisy}, {@code attempts}) no noise is
 *       known; without the machine's ({@code physical_cores}, ...) neither is its topology; without the interval's
 *       columns ({@link #INTERVAL_COLUMNS}) JMH's 99.9% error (score ± score_error) stands in for the suite's
 *       interval, and the report says so. {@code scheduler_bound} is always recomputed from the row.</li>
 *   <li>Every row must have as many fields as the header; numbers must parse; a measured primary score must be
 *       zero or more (secondary metrics may be negative: rssBytesPerHolder is a difference of two readings).</li>
 *   <li>run_id and host may hold only letters, digits, '.', '_' and '-' (they name folders and appear in pages);
 *       every row must describe the same run and machine.</li>
 *   <li>A text cell starting with =, +, - or @ is refused (a spreadsheet formula); the suite's own writer puts an
 *       apostrophe before such text ({@link CsvCells}), which is taken off here.</li>
 * </ul>
 */
public final class ResultsCsvReader {

    /**
     * A results.csv as read.
     *
     * @param source   the file
     * @param machine  the run's own columns (run id, start, host, CPU, cores, memory, OS, JVM); the facts only
     *                 machine.json holds (Java home, JVM flags, profile, suite version) are null
     * @param rows     the rows, in file order
     * @param lines    the line of the file each row starts on (1 = the header), in the same order
     * @param optional which of {@link #OPTIONAL} the file had
     */
    public record ResultsFile(Path source, MachineInfo machine, List<ResultRow> rows, List<Integer> lines,
                              List<String> optional) {
    }

    /** The columns every results.csv has had: the 26 base columns, up to {@code reason}. */
    public static final List<String> REQUIRED = ResultsCsv.HEADER.subList(0, ResultsCsv.HEADER.indexOf("metric"));
    /** The columns appended to the base columns, from {@code metric} on; optional when reading. */
    public static final List<String> OPTIONAL = ResultsCsv.HEADER.subList(REQUIRED.size(), ResultsCsv.HEADER.size());
    /** The optional columns of the suite's interval: a file without them falls back to JMH's error. */
    public static final List<String> INTERVAL_COLUMNS = List.of("ci_low", "ci_high", "forks", "fork_stdev",
            "fork_spread");

    /** Files larger than this are refused rather than read into memory. */
    static final long MAX_BYTES = RunFolder.MAX_FILE_BYTES;

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final List<String> TEXT_COLUMNS = List.of("run_id", "run_started_at", "host", "cpu_model", "os",
            "jvm_vendor", "jvm_version", "benchmark", "workload", "model", "mode", "unit", "status", "reason",
            "metric", "params");
    /** Columns that must hold the same value on every row: they describe the run, not the cell. */
    private static final List<String> RUN_COLUMNS = List.of("run_id", "run_started_at", "host", "cpu_model", "cores",
            "memory_bytes", "os", "jvm_vendor", "jvm_version", "physical_cores", "threads_per_core", "cpu_quota_cores");

    /**
     * The most distinct (workload, model) pairs a results.csv may hold: each is a series on a chart and in the
     * comparison's tables, and the suite's own runs have under 100 (about 60 with CPython's models).
     */
    public static final int MAX_SERIES = 1_000;

    private ResultsCsvReader() {
    }

    /** Reads and checks one results.csv. */
    public static ResultsFile read(Path file) {
        String text = readText(file);
        CSVParser parser;
        try {
            parser = CSVParser.parse(text, CSVFormat.DEFAULT);
        } catch (IOException e) {
            throw fail(file, 1, "cannot parse (" + oneLine(e.getMessage()) + ")", "CSV text");
        }
        Iterator<CSVRecord> records = parser.iterator();
        long lineBefore = 0;
        CSVRecord header = next(file, records, lineBefore);
        if (header == null) {
            throw fail(file, 1, "empty file", "a header line naming the columns of results.csv ("
                    + String.join(",", REQUIRED) + ")");
        }
        Map<String, Integer> columns = columns(file, header);
        lineBefore = parser.getCurrentLineNumber();

        List<ResultRow> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        java.util.Set<String> models = new java.util.HashSet<>();
        Map<String, String> run = null;
        int runLine = 0;
        CSVRecord record;
        while ((record = next(file, records, lineBefore)) != null) {
            int line = (int) lineBefore + 1;
            lineBefore = parser.getCurrentLineNumber();
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue; // a blank line, e.g. at the end
            }
            if (record.size() != header.size()) {
                throw fail(file, line, record.size() + " fields", header.size()
                        + " as in the header (the row is truncated or has stray commas)");
            }
            Map<String, String> v = values(file, line, record, columns);
            if (run == null) {
                run = v;
                runLine = line;
                checkRun(new CsvFields(file, line), v);
            } else {
                for (String c : RUN_COLUMNS) {
                    if (!v.get(c).equals(run.get(c))) {
                        throw fail(file, line, c + " '" + shown(v.get(c)) + "' differs from line " + runLine + "'s '"
                                + shown(run.get(c)) + "'", "one run per file, every row with the same " + c);
                    }
                }
            }
            ResultRow r = row(new CsvFields(file, line), v, columns.containsKey("params"), columns.containsKey("ci_low"));
            // charts draw a series per model: a file of thousands would take gigabytes to draw, so it is refused
            if (models.add(r.workload() + "|" + r.model()) && models.size() > MAX_SERIES) {
                throw fail(file, line, "more than " + MAX_SERIES + " distinct workload and model pairs", "at most "
                        + MAX_SERIES + " (a run of this suite has under 100)");
            }
            rows.add(r);
            lines.add(line);
        }
        if (run == null) {
            throw fail(file, 2, "no result rows after the header", "at least one row");
        }
        MachineInfo machine = new MachineInfo(run.get("run_id"), run.get("run_started_at"), run.get("host"),
                run.get("cpu_model"), Integer.parseInt(run.get("cores")), Long.parseLong(run.get("memory_bytes")),
                run.get("os"), run.get("jvm_vendor"), run.get("jvm_version"), null, null, null, null,
                NoiseColumns.machine(new CsvFields(file, runLine), run));
        return new ResultsFile(file, machine, List.copyOf(rows), List.copyOf(lines),
                OPTIONAL.stream().filter(columns::containsKey).toList());
    }

    private static String readText(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw fail(file, 1, size + " bytes", "a results.csv of at most " + MAX_BYTES + " bytes");
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw fail(file, 1, "bytes that are not UTF-8", "a UTF-8 text file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read (" + oneLine(e.getMessage()) + "); expected a readable file");
        }
    }

    /** The next record, or null at the end; a quote left open to the end of the file is a truncated row. */
    private static CSVRecord next(Path file, Iterator<CSVRecord> records, long lineBefore) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw fail(file, (int) lineBefore + 1, "a quoted field that is never closed (the file ends inside it)",
                    "a closing quote: the row is truncated");
        }
    }

    private static Map<String, Integer> columns(Path file, CSVRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            if (columns.putIfAbsent(name, i) != null && (REQUIRED.contains(name) || OPTIONAL.contains(name))) {
                throw fail(file, 1, "column " + shown(name) + " twice", "each column once");
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            String what = missing.size() == REQUIRED.size() ? "no header (first line: '"
                    + shown(String.join(",", header.toList())) + "')"
                    : "header lacks " + String.join(", ", missing);
            throw fail(file, 1, what, "a header naming the columns of results.csv: " + String.join(",", REQUIRED)
                    + " (then optionally " + String.join(",", OPTIONAL) + ")");
        }
        return columns;
    }

    /** The cells by column name, formula-like text refused and the writer's apostrophes taken off. */
    private static Map<String, String> values(Path file, int line, CSVRecord r, Map<String, Integer> columns) {
        Map<String, String> v = new HashMap<>();
        for (String c : REQUIRED) {
            v.put(c, r.get(columns.get(c)));
        }
        for (String c : OPTIONAL) {
            v.put(c, columns.containsKey(c) ? r.get(columns.get(c)) : "");
        }
        for (String c : TEXT_COLUMNS) {
            String cell = v.get(c);
            if (CsvCells.isFormulaLike(cell)) {
                throw fail(file, line, c + " starts with '" + shown(cell.substring(0, 1)) + "' ('" + shown(cell) + "')",
                        "text that does not start with =, +, - or @ (a spreadsheet would run it as a formula)");
            }
            v.put(c, CsvCells.restore(cell));
        }
        return v;
    }

    private static void checkRun(CsvFields f, Map<String, String> v) {
        for (String c : List.of("run_id", "host")) {
            String s = v.get(c);
            if (!SAFE_ID.matcher(s).matches() || s.contains("..")) {
                throw f.fail(c + " '" + shown(s) + "'", "1 to 128 letters, digits, '.', '_' or '-', starting"
                        + " with a letter or digit, no '..' (it names folders and appears in pages)");
            }
        }
        long cores = f.integer("cores", v.get("cores"), true);
        if (cores < 1 || cores > 1_000_000) {
            throw f.fail("cores " + cores, "a number of processors from 1 to 1000000");
        }
        String mem = v.get("memory_bytes");
        if (!mem.equals("-1")) {
            f.integer("memory_bytes", mem, true);
        }
    }

    private static ResultRow row(CsvFields f, Map<String, String> v, boolean hasParams, boolean hasInterval) {
        for (String c : List.of("benchmark", "workload", "model")) {
            if (v.get(c).isBlank()) {
                throw f.fail("an empty " + c, "a " + c + " on every row");
            }
        }
        Status status = Status.byLabel(v.get("status"));
        if (status == null) {
            throw f.fail("status '" + shown(v.get("status")) + "'", "done, skipped, failed or planned");
        }
        String metric = v.get("metric").isEmpty() ? ResultRow.PRIMARY : v.get("metric");
        if (!metric.matches("[A-Za-z][A-Za-z0-9_.]{0,63}")) {
            throw f.fail("metric '" + shown(metric) + "'", "primary or a metric name (letters, digits, '_')");
        }
        boolean primary = metric.equals(ResultRow.PRIMARY);
        long workers = f.optionalInteger("workers", v.get("workers"));
        f.optionalInteger("tasks", v.get("tasks"));
        f.optionalInteger("count", v.get("count"));
        f.optionalInteger("sleep_millis", v.get("sleep_millis"));
        TreeMap<String, String> params = params(f, v, hasParams);

        boolean done = status == Status.DONE;
        double score = f.number("score", v.get("score"));
        if (done && primary && Double.isNaN(score)) {
            throw f.fail("a done row without a score", "the score of the measured cell");
        }
        if (primary && score < 0) {
            throw f.fail("score " + v.get("score"), "a time or rate of zero or more");
        }
        double error = f.spread("score_error", v.get("score_error"));
        double stdev = f.spread("score_stdev", v.get("score_stdev"));
        double scoreMs = f.nonNegative("score_ms", v.get("score_ms"));
        double speedup = f.nonNegative("speedup", v.get("speedup"));
        double efficiency = f.nonNegative("efficiency", v.get("efficiency"));
        long samples = f.optionalInteger("samples", v.get("samples"));
        if (done && !Double.isNaN(score) && v.get("unit").isBlank()) {
            throw f.fail("a score without a unit", "a unit such as ms/op");
        }
        Interval interval = hasInterval ? interval(f, v) : null; // null: JMH's error stands in
        Metric value = done ? new Metric(score, error, v.get("unit"), Math.max(samples, 0), stdev, interval) : null;
        return new ResultRow(v.get("benchmark"), v.get("workload"), v.get("model"), (int) Math.max(workers, 0),
                params, metric, done ? v.get("mode") : "", value, done ? scoreMs : Double.NaN, speedup, efficiency,
                status, v.get("reason"), NoiseColumns.noise(f, v));
    }

    /** The suite's interval as written by {@link ResultsCsv}: none where its ends are empty. */
    private static Interval interval(CsvFields f, Map<String, String> v) {
        double low = f.number("ci_low", v.get("ci_low"));
        double high = f.number("ci_high", v.get("ci_high"));
        long forks = f.optionalInteger("forks", v.get("forks"));
        double forkStdev = f.spread("fork_stdev", v.get("fork_stdev"));
        double forkSpread = f.nonNegative("fork_spread", v.get("fork_spread"));
        if (!(low <= high)) {
            if (!Double.isNaN(low) || !Double.isNaN(high)) {
                throw f.fail("ci_low " + v.get("ci_low") + " and ci_high " + v.get("ci_high"),
                        "both ends of the interval, ci_low at most ci_high, or both empty");
            }
            return Interval.none((int) Math.max(forks, 0));
        }
        Interval.Basis basis = forks >= 2 ? Interval.Basis.FORKS : Interval.Basis.ITERATIONS;
        return new Interval(low, high, (int) Math.max(forks, 0), forkStdev, forkSpread, basis);
    }

    /** The params column, or the parameters rebuilt from the columns when the file has none. */
    private static TreeMap<String, String> params(CsvFields f, Map<String, String> v, boolean hasColumn) {
        TreeMap<String, String> p = new TreeMap<>();
        if (hasColumn) {
            String cell = v.get("params");
            if (!cell.isEmpty()) {
                for (String part : cell.split(";", -1)) {
                    int eq = part.indexOf('=');
                    if (eq <= 0 || p.put(part.substring(0, eq), part.substring(eq + 1)) != null) {
                        throw f.fail("params '" + shown(cell) + "'", "name=value pairs joined by ';', each name once");
                    }
                }
            }
            return p;
        }
        p.put("model", v.get("model"));
        for (String[] column : new String[][] {{"tasks", "tasks"}, {"count", "count"}, {"sleepMillis", "sleep_millis"},
                {"workers", "workers"}}) {
            if (!v.get(column[1]).isEmpty()) {
                p.put(column[0], v.get(column[1]));
            }
        }
        return p;
    }

    private static String oneLine(String s) {
        return s == null ? "" : shown(s);
    }
}

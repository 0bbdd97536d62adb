package threadsvsprocesses.report.compare;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import threadsvsprocesses.report.rows.CsvCells;
import threadsvsprocesses.report.rows.ResultsCsv;
import threadsvsprocesses.run.RunFolder;
import threadsvsprocesses.run.BadInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a results.csv that may come from another machine, and so is untrusted. Every problem ends the read with a
 * {@link BadInputException} whose message is one line, {@code <file>:<line>: <what was found>; expected <what is
 * accepted>}.
 * <ul>
 *   <li>The base columns of {@link ResultsCsv#HEADER} ({@link #REQUIRED}) are required by name (in any order; other columns are
 *       ignored). The three appended later are optional, for files of older suite versions: without {@code metric}
 *       every row is the primary metric; without {@code params} the parameters are rebuilt from model, workers,
 *       tasks, count and sleep_millis; without {@code score_stdev} no sample deviation is known.</li>
 *   <li>The key's parameters are the {@code params} column with {@code workers} set to the {@code workers} column
 *       (the threads or processes at work). Old and new files then agree, and the sleep workload, whose workers
 *       parameter is the core count while its workers column is the number of sleeping threads, lines up across
 *       machines with different cores.</li>
 *   <li>Every row must have as many fields as the header; numbers must parse; a measured primary score must be
 *       zero or more (secondary metrics may be negative: rssBytesPerHolder is a difference of two readings).</li>
 *   <li>run_id and host may hold only letters, digits, '.', '_' and '-' (they name folders and appear in pages);
 *       every row must describe the same run and machine.</li>
 *   <li>A text cell starting with =, +, - or @ is refused (a spreadsheet formula); the suite's own writer puts an
 *       apostrophe before such text ({@link CsvCells}), which is taken off here.</li>
 * </ul>
 */
public final class ResultsReader {

    /** The columns appended to the 26 base columns; optional when reading. */
    public static final List<String> OPTIONAL = List.of("metric", "params", "score_stdev");
    /** The columns every results.csv has had: the header without the optional ones. */
    public static final List<String> REQUIRED = ResultsCsv.HEADER.stream().filter(c -> !OPTIONAL.contains(c)).toList();

    /** Files larger than this are refused rather than read into memory. */
    static final long MAX_BYTES = 64L << 20;

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern METRIC = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,63}");
    private static final Pattern INTEGER = Pattern.compile("[0-9]{1,18}");
    private static final Set<String> STATUSES = Set.of("done", "skipped", "failed", "planned");
    private static final List<String> TEXT_COLUMNS = List.of("run_id", "run_started_at", "host", "cpu_model", "os",
            "jvm_vendor", "jvm_version", "benchmark", "workload", "model", "mode", "unit", "status", "reason",
            "metric", "params");
    /** Columns that must hold the same value on every row: they describe the run, not the cell. */
    private static final List<String> RUN_COLUMNS = List.of("run_id", "run_started_at", "host", "cpu_model", "cores",
            "memory_bytes", "os", "jvm_vendor", "jvm_version");

    private ResultsReader() {
    }

    /**
     * The results.csv an argument names: the file itself, or {@code results.csv} inside a run folder.
     *
     * @throws BadInputException if the path is missing, or is a folder without results.csv (with a hint to run
     *                            {@code report} when the folder holds a plan.json)
     */
    public static Path locate(String argument) {
        Path p = Path.of(argument);
        if (Files.isRegularFile(p)) {
            return p;
        }
        if (!Files.isDirectory(p)) {
            throw new BadInputException(argument + ": no such file or folder; expected a run folder (results/<run-id>)"
                    + " or its " + RunFolder.CSV);
        }
        Path csv = p.resolve(RunFolder.CSV);
        if (Files.isRegularFile(csv)) {
            return csv;
        }
        if (Files.isRegularFile(p.resolve(RunFolder.PLAN))) {
            throw new BadInputException(argument + ": no " + RunFolder.CSV + " yet; expected one: run"
                    + " `java -jar benchmarks.jar report " + argument + "` first to write it");
        }
        throw new BadInputException(argument + ": holds no " + RunFolder.CSV + " (no results); expected a run folder"
                + " (results/<run-id>) or its " + RunFolder.CSV);
    }

    /** Reads and checks one results.csv. */
    public static RunResults read(Path file) {
        String text = readText(file);
        CSVParser parser;
        try {
            parser = CSVParser.parse(text, CSVFormat.DEFAULT);
        } catch (IOException e) {
            throw fail(file, 1, "cannot parse (" + oneLine(e.getMessage()) + ")", "CSV text");
        }
        Iterator<CSVRecord> records = parser.iterator();
        long lineBefore = 0;
        CSVRecord header = next(file, parser, records, lineBefore);
        if (header == null) {
            throw fail(file, 1, "empty file", "a header line naming the columns of results.csv ("
                    + String.join(",", REQUIRED) + ")");
        }
        Map<String, Integer> columns = columns(file, header);
        lineBefore = parser.getCurrentLineNumber();

        Map<MeasurementKey, RunRow> rows = new LinkedHashMap<>();
        Map<String, String> run = null;
        int runLine = 0;
        CSVRecord record;
        while ((record = next(file, parser, records, lineBefore)) != null) {
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
                checkRun(file, line, v);
            } else {
                for (String c : RUN_COLUMNS) {
                    if (!v.get(c).equals(run.get(c))) {
                        throw fail(file, line, c + " '" + shown(v.get(c)) + "' differs from line " + runLine + "'s '"
                                + shown(run.get(c)) + "'", "one run per file, every row with the same " + c);
                    }
                }
            }
            RunRow row = row(file, line, v, columns);
            RunRow earlier = rows.putIfAbsent(row.key(), row);
            if (earlier != null) {
                throw fail(file, line, "a second row for " + row.key().describe() + " (first on line "
                        + earlier.line() + ")", "one row per benchmark, parameters and metric");
            }
        }
        if (run == null) {
            throw fail(file, 2, "no result rows after the header", "at least one row");
        }
        List<String> present = OPTIONAL.stream().filter(columns::containsKey).toList();
        return new RunResults(file, run.get("run_id"), run.get("run_started_at"), run.get("host"),
                run.get("cpu_model"), Integer.parseInt(run.get("cores")), Long.parseLong(run.get("memory_bytes")),
                run.get("os"), run.get("jvm_vendor"), run.get("jvm_version"), rows, present);
    }

    private static String readText(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw fail(file, 1, size + " bytes", "a results.csv of at most " + MAX_BYTES + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw fail(file, 1, "bytes that are not UTF-8", "a UTF-8 text file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read (" + oneLine(e.getMessage()) + "); expected a readable file");
        }
    }

    /** The next record, or null at the end; a quote left open to the end of the file is a truncated row. */
    private static CSVRecord next(Path file, CSVParser parser, Iterator<CSVRecord> records, long lineBefore) {
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

    private static void checkRun(Path file, int line, Map<String, String> v) {
        for (String c : List.of("run_id", "host")) {
            String s = v.get(c);
            if (!SAFE_ID.matcher(s).matches() || s.contains("..")) {
                throw fail(file, line, c + " '" + shown(s) + "'", "1 to 128 letters, digits, '.', '_' or '-', starting"
                        + " with a letter or digit, no '..' (it names folders and appears in pages)");
            }
        }
        long cores = integer(file, line, "cores", v.get("cores"), true);
        if (cores < 1 || cores > 1_000_000) {
            throw fail(file, line, "cores " + cores, "a number of processors from 1 to 1000000");
        }
        String mem = v.get("memory_bytes");
        if (!mem.equals("-1")) {
            integer(file, line, "memory_bytes", mem, true);
        }
    }

    private static RunRow row(Path file, int line, Map<String, String> v, Map<String, Integer> columns) {
        for (String c : List.of("benchmark", "workload", "model")) {
            if (v.get(c).isBlank()) {
                throw fail(file, line, "an empty " + c, "a " + c + " on every row");
            }
        }
        String status = v.get("status");
        if (!STATUSES.contains(status)) {
            throw fail(file, line, "status '" + shown(status) + "'", "done, skipped, failed or planned");
        }
        String metric = v.get("metric").isEmpty() ? MeasurementKey.PRIMARY : v.get("metric");
        if (!METRIC.matcher(metric).matches()) {
            throw fail(file, line, "metric '" + shown(metric) + "'", "primary or a metric name (letters, digits, '_')");
        }
        boolean primary = metric.equals(MeasurementKey.PRIMARY);
        long workers = optionalInteger(file, line, "workers", v.get("workers"));
        optionalInteger(file, line, "tasks", v.get("tasks"));
        optionalInteger(file, line, "count", v.get("count"));
        optionalInteger(file, line, "sleep_millis", v.get("sleep_millis"));
        String params = params(file, line, v, columns.containsKey("params"));

        boolean done = status.equals(RunRow.DONE);
        double score = number(file, line, "score", v.get("score"));
        if (done && primary && Double.isNaN(score)) {
            throw fail(file, line, "a done row without a score", "the score of the measured cell");
        }
        if (primary && score < 0) {
            throw fail(file, line, "score " + v.get("score"), "a time or rate of zero or more");
        }
        double error = nonNegative(file, line, "score_error", v.get("score_error"));
        double stdev = nonNegative(file, line, "score_stdev", v.get("score_stdev"));
        double scoreMs = nonNegative(file, line, "score_ms", v.get("score_ms"));
        double speedup = nonNegative(file, line, "speedup", v.get("speedup"));
        double efficiency = nonNegative(file, line, "efficiency", v.get("efficiency"));
        long samples = optionalInteger(file, line, "samples", v.get("samples"));
        if (done && !Double.isNaN(score) && v.get("unit").isBlank()) {
            throw fail(file, line, "a score without a unit", "a unit such as ms/op");
        }
        MeasurementKey key = new MeasurementKey(v.get("benchmark"), params, metric);
        return new RunRow(line, key, v.get("workload"), v.get("model"), workers < 0 ? Double.NaN : workers,
                v.get("tasks"), v.get("count"), v.get("sleep_millis"), status, v.get("reason"),
                done ? score : Double.NaN, done ? error : Double.NaN, done ? stdev : Double.NaN,
                done ? Math.max(samples, 0) : 0, v.get("unit"), done ? scoreMs : Double.NaN, speedup, efficiency);
    }

    /**
     * The key's parameters: the params column, or the parameters rebuilt from the columns when the file has none;
     * in both, workers set to the workers column.
     */
    private static String params(Path file, int line, Map<String, String> v, boolean hasColumn) {
        TreeMap<String, String> p = new TreeMap<>();
        if (hasColumn) {
            String cell = v.get("params");
            if (!cell.isEmpty()) {
                for (String part : cell.split(";", -1)) {
                    int eq = part.indexOf('=');
                    if (eq <= 0 || p.put(part.substring(0, eq), part.substring(eq + 1)) != null) {
                        throw fail(file, line, "params '" + shown(cell) + "'",
                                "name=value pairs joined by ';', each name once");
                    }
                }
            }
        } else {
            p.put("model", v.get("model"));
            putIfPresent(p, "tasks", v.get("tasks"));
            putIfPresent(p, "count", v.get("count"));
            putIfPresent(p, "sleepMillis", v.get("sleep_millis"));
        }
        putIfPresent(p, "workers", v.get("workers"));
        StringBuilder s = new StringBuilder();
        p.forEach((name, value) -> s.append(s.isEmpty() ? "" : ";").append(name).append('=').append(value));
        return s.toString();
    }

    private static void putIfPresent(Map<String, String> p, String name, String value) {
        if (!value.isEmpty()) {
            p.put(name, value);
        }
    }

    private static long integer(Path file, int line, String column, String s, boolean required) {
        if (s.isEmpty() && !required) {
            return -1;
        }
        if (!INTEGER.matcher(s).matches()) {
            throw fail(file, line, column + " '" + shown(s) + "'", "a whole number of zero or more"
                    + (required ? "" : ", or an empty cell"));
        }
        return Long.parseLong(s);
    }

    private static long optionalInteger(Path file, int line, String column, String s) {
        return integer(file, line, column, s, false);
    }

    /** A decimal number; NaN for an empty cell or JMH's "NaN". */
    private static double number(Path file, int line, String column, String s) {
        if (s.isEmpty() || s.equals("NaN")) {
            return Double.NaN;
        }
        try {
            // Double.parseDouble also takes "Infinity", hex floats and a trailing 'd': allow plain decimals only
            if (s.matches("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]{1,3})?")) {
                double d = Double.parseDouble(s);
                if (Double.isFinite(d)) {
                    return d;
                }
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw fail(file, line, column + " '" + shown(s) + "' is not a number", "a decimal number such as 82.5 (empty"
                + " if unknown)");
    }

    private static double nonNegative(Path file, int line, String column, String s) {
        double d = number(file, line, column, s);
        if (d < 0) {
            throw fail(file, line, column + " " + s, "zero or more (empty if unknown)");
        }
        return d;
    }

    /** A value for a one-line message: control characters replaced, at most 60 characters. */
    static String shown(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 60 ? clean.substring(0, 57) + "..." : clean;
    }

    private static String oneLine(String s) {
        return s == null ? "" : shown(s);
    }

    static BadInputException fail(Path file, int line, String what, String expected) {
        return new BadInputException(file + ":" + line + ": " + what + "; expected " + expected);
    }

    /** The rows of several runs, each read with {@link #read}. */
    static List<RunResults> readAll(List<Path> files) {
        List<RunResults> runs = new ArrayList<>();
        files.forEach(f -> runs.add(read(f)));
        return runs;
    }
}

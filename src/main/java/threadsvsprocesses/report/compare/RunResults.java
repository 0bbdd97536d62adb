package threadsvsprocesses.report.compare;

import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.ResultsCsvReader;
import threadsvsprocesses.report.rows.ResultsCsvReader.ResultsFile;
import threadsvsprocesses.run.BadInputException;
import threadsvsprocesses.run.MachineInfo;
import threadsvsprocesses.run.RunFolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run as compared: its results.csv ({@link ResultsCsvReader}), its rows by the measurement they hold, and the line
 * each came from.
 *
 * @param file  the file as read
 * @param rows  the rows by measurement, in file order
 * @param lines the line of the file each row starts on
 */
public record RunResults(ResultsFile file, Map<MeasurementKey, ResultRow> rows, Map<MeasurementKey, Integer> lines) {

    /** Reads one results.csv; a measurement that appears twice is refused, naming both lines. */
    public static RunResults read(Path csv) {
        ResultsFile file = ResultsCsvReader.read(csv);
        Map<MeasurementKey, ResultRow> rows = new LinkedHashMap<>();
        Map<MeasurementKey, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < file.rows().size(); i++) {
            ResultRow row = file.rows().get(i);
            MeasurementKey key = MeasurementKey.of(row);
            int line = file.lines().get(i);
            Integer earlier = lines.putIfAbsent(key, line);
            if (earlier != null) {
                throw new BadInputException(csv + ":" + line + ": a second row for " + key.describe()
                        + " (first on line " + earlier + "); expected one row per benchmark, parameters and metric");
            }
            rows.put(key, row);
        }
        return new RunResults(file, rows, lines);
    }

    /**
     * The results.csv an argument names: the file itself, or {@code results.csv} inside a run folder.
     *
     * @throws BadInputException if the path is missing, or is a folder without results.csv (with a hint to run
     *                           {@code report} when the folder holds a plan.json)
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

    /** The machine and JVM the run measured on, as its results.csv names them. */
    public MachineInfo machine() {
        return file.machine();
    }

    public Path source() {
        return file.source();
    }

    public String runId() {
        return machine().runId();
    }

    public int cores() {
        return machine().cores();
    }

    /** Which of the optional columns (metric, params, score_stdev) the file had. */
    public List<String> newColumns() {
        return file.optional();
    }

    /** The JVM's version without its build suffix: "25.0.3+9-LTS" gives "25.0.3". */
    public String jvmShortVersion() {
        String v = machine().jvmVersion();
        int cut = v.length();
        for (char c : new char[] {'+', '-', ' '}) {
            int i = v.indexOf(c);
            if (i > 0) {
                cut = Math.min(cut, i);
            }
        }
        return v.substring(0, cut);
    }
}

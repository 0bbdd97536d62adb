package threadsvsprocesses.run;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Defaults;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the user asked of JMH's own output, beside the run folder (which always holds JMH's JSON per cell and its
 * text in {@code jmh.log}):
 * <ul>
 *   <li>{@code -rf FORMAT} and {@code -rff FILE}: after the run, every measured cell's result merged into one file in
 *       that format (any of JMH's: text, csv, scsv, json, latex), as one JMH run would have written it, so that
 *       jmh-visualizer and other JMH tools read one file. As in JMH, either flag alone is enough: the format defaults
 *       to csv and the file to {@code jmh-result.<format>};</li>
 *   <li>{@code -o FILE}: the run's console (its lines, not the live line) goes to that file instead;</li>
 *   <li>{@code -v EXTRA} (or the suite's {@code --verbose}): JMH's text also on the console. {@code jmh.log} is
 *       written at JMH's normal verbosity at least, since a cell's failure is read from it.</li>
 * </ul>
 * A file that cannot be written (its folder is missing or read-only, or it is a folder) is refused before
 * anything runs, with one line.
 */
public final class JmhOutputs {

    private final Path resultFile;
    private final ResultFormatType resultFormat;
    private final Path consoleLog;
    private final boolean echo;
    private final VerboseMode logVerbosity;
    private final List<RunResult> results = new ArrayList<>();

    private JmhOutputs(Path resultFile, ResultFormatType resultFormat, Path consoleLog, boolean echo,
                       VerboseMode logVerbosity) {
        this.resultFile = resultFile;
        this.resultFormat = resultFormat;
        this.consoleLog = consoleLog;
        this.echo = echo;
        this.logVerbosity = logVerbosity;
    }

    /**
     * The outputs the user's JMH options and {@code --verbose} ask for.
     *
     * @throws BadInputException if a file asked for cannot be written
     */
    public static JmhOutputs of(Options user, boolean verbose) {
        Path result = null;
        ResultFormatType format = null;
        if (user.getResult().hasValue() || user.getResultFormat().hasValue()) {
            format = user.getResultFormat().orElse(Defaults.RESULT_FORMAT);
            result = writable("-rff", user.getResult().orElse(Defaults.RESULT_FILE_PREFIX + "."
                    + format.toString().toLowerCase(Locale.ROOT)));
        }
        Path log = user.getOutput().hasValue() ? writable("-o", user.getOutput().get()) : null;
        VerboseMode mode = user.verbosity().orElse(VerboseMode.NORMAL);
        boolean echo = verbose || mode.equalsOrHigherThan(VerboseMode.EXTRA);
        return new JmhOutputs(result, format, log, echo,
                mode.equalsOrHigherThan(VerboseMode.NORMAL) ? mode : VerboseMode.NORMAL);
    }

    /** A file the user named, refused now if it cannot be written. */
    private static Path writable(String flag, String name) {
        Path file = Path.of(name).toAbsolutePath().normalize();
        Path parent = file.getParent();
        if (Files.isDirectory(file)) {
            throw new BadInputException(flag + " " + name + " is a folder; give a file name");
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new BadInputException(flag + " " + name + ": its folder " + parent + " does not exist");
        }
        if (!Files.isWritable(parent) || Files.exists(file) && !Files.isWritable(file)) {
            throw new BadInputException(flag + " " + name + ": cannot write there");
        }
        return file;
    }

    /** Whether JMH's text also goes to the console. */
    public boolean echo() {
        return echo;
    }

    /** The verbosity of {@code jmh.log}: the user's, at least JMH's normal. */
    public VerboseMode logVerbosity() {
        return logVerbosity;
    }

    /** The file the console goes to ({@code -o}), if asked for. */
    public Optional<Path> consoleLog() {
        return Optional.ofNullable(consoleLog);
    }

    /** The merged result file ({@code -rf}, {@code -rff}), if asked for. */
    public Optional<Path> resultFile() {
        return Optional.ofNullable(resultFile);
    }

    /** Keeps a measured cell's results for the merged file. */
    public synchronized void add(Collection<RunResult> cell) {
        if (resultFile != null) {
            results.addAll(cell);
        }
    }

    /** Writes the merged result file, if asked for; returns a line saying where, or empty. */
    public synchronized Optional<String> writeResults() {
        if (resultFile == null) {
            return Optional.empty();
        }
        ResultFormatFactory.getInstance(resultFormat, resultFile.toString()).writeOut(List.copyOf(results));
        return Optional.of("JMH's results (" + resultFormat.toString().toLowerCase(Locale.ROOT) + ", " + results.size()
                + " measured cells): " + resultFile);
    }
}

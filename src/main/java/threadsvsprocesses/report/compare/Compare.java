package threadsvsprocesses.report.compare;

import threadsvsprocesses.report.page.HtmlRenderer;
import threadsvsprocesses.report.page.MarkdownRenderer;
import threadsvsprocesses.report.page.Page;
import threadsvsprocesses.report.rows.CsvCells;
import threadsvsprocesses.run.RunFolder;
import threadsvsprocesses.run.BadInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code compare A B [C ...]}: reads each run's results.csv (see {@link threadsvsprocesses.report.rows.ResultsCsvReader} for what is accepted),
 * compares every measurement against the baseline run ({@link Comparison}) and writes, into a fresh folder
 * {@code <charts>/compare-<ids>/} ({@link OutputFolder}): {@code comparison.csv} ({@link ComparisonCsv}), the
 * charts ({@link ComparisonCharts}), {@code report.md} and {@code index.html}. The input runs are only read.
 *
 * <p>Every input is read and checked before anything is written, so bad input leaves no folder behind. The same
 * run given twice (the same file, or two files holding the same run id) is refused: comparing a run with itself
 * shows nothing, and two different files claiming one id cannot be told apart in the report.
 */
public final class Compare {

    /** The comparison's CSV file name. */
    public static final String CSV = "comparison.csv";
    /** The Markdown report's file name. */
    public static final String REPORT = "report.md";
    /** The page's file name. */
    public static final String HTML = "index.html";

    private Compare() {
    }

    /**
     * What was written.
     *
     * @param dir      the comparison's folder
     * @param csv      comparison.csv
     * @param charts   PNG charts (an SVG beside each)
     * @param report   report.md
     * @param html     index.html
     * @param compared measurements in two or more runs
     * @param partial  measurements missing from at least one run
     */
    public record Output(Path dir, Path csv, List<Path> charts, Path report, Path html, int compared, int partial) {
    }

    /**
     * Runs the comparison.
     *
     * @param inputs     run folders or results.csv files, at least two
     * @param baseline   a run id or one of {@code inputs} naming the baseline; null for the first run
     * @param chartsRoot the folder in which the comparison's folder is created
     * @throws BadInputException for bad input; the message is one line naming the file (and line) and what is
     *                            expected
     */
    public static Output run(List<String> inputs, String baseline, Path chartsRoot) {
        if (inputs.size() < 2) {
            throw new BadInputException("compare needs two or more runs, got " + inputs.size()
                    + "; expected run folders (results/<run-id>) or their results.csv files");
        }
        List<Path> files = new ArrayList<>();
        for (String input : inputs) {
            files.add(RunResults.locate(input));
        }
        checkDistinctFiles(inputs, files);
        List<RunResults> runs = files.stream().map(RunResults::read).toList();
        checkDistinctRuns(runs);
        int base = baselineIndex(baseline, inputs, files, runs);
        Comparison comparison = Comparison.of(runs, base);

        Path dir = OutputFolder.claim(chartsRoot, runs.stream().map(RunResults::runId).toList());
        try {
            Path csv = dir.resolve(CSV);
            RunFolder.writeAtomically(csv, ComparisonCsv.render(comparison));
            List<Path> charts = ComparisonCharts.write(comparison, dir);
            Page page = ComparisonPage.of(comparison, charts);
            Path report = dir.resolve(REPORT);
            RunFolder.writeAtomically(report, MarkdownRenderer.render(page));
            Path html = dir.resolve(HTML);
            RunFolder.writeAtomically(html, HtmlRenderer.render(page));
            return new Output(dir, csv, charts, report, html, comparison.compared().size(), comparison.partial().size());
        } catch (RuntimeException e) {
            deleteQuietly(dir); // the folder is ours (just created): leave no half-written comparison
            throw e;
        }
    }

    private static void checkDistinctFiles(List<String> inputs, List<Path> files) {
        for (int i = 0; i < files.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (sameFile(files.get(i), files.get(j))) {
                    throw new BadInputException(inputs.get(i) + ": the same results as " + inputs.get(j)
                            + " (" + files.get(i) + "); expected different runs: a run compared with itself shows"
                            + " nothing");
                }
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static void checkDistinctRuns(List<RunResults> runs) {
        for (int i = 0; i < runs.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (runs.get(i).runId().equals(runs.get(j).runId())) {
                    throw new BadInputException(runs.get(i).source() + ": run " + runs.get(i).runId() + " again (also in "
                            + runs.get(j).source() + "); expected different runs: the same run id twice is the same"
                            + " run, or a copy of it");
                }
            }
        }
    }

    private static int baselineIndex(String baseline, List<String> inputs, List<Path> files, List<RunResults> runs) {
        if (baseline == null) {
            return 0;
        }
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).runId().equals(baseline) || inputs.get(i).equals(baseline)) {
                return i;
            }
        }
        for (int i = 0; i < runs.size(); i++) {
            Path p = Path.of(baseline);
            if (Files.exists(p) && (sameFile(p, files.get(i)) || sameFile(p.resolve(RunFolder.CSV), files.get(i)))) {
                return i;
            }
        }
        throw new BadInputException("--baseline " + CsvCells.shown(baseline) + ": names none of the compared runs;"
                + " expected one of their run ids (" + String.join(", ", runs.stream().map(RunResults::runId).toList())
                + ") or one of the arguments");
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: the original error is what matters
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // best effort
        }
    }
}

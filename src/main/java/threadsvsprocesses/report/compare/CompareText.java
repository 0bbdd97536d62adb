package threadsvsprocesses.report.compare;

import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.ResultsCsvReader;
import threadsvsprocesses.run.PlannedCell.Status;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

/** Sentences shared by report.md and index.html of a comparison; raw text, escaped by each renderer. */
final class CompareText {

    private CompareText() {
    }

    /** How ratios and significance are decided. */
    static String method() {
        return "Ratio to baseline = the run's score / the baseline's score (for a time, below 1 is faster). Forks are"
                + " the independent repetitions: each score's interval is the suite's 99% interval over its forks'"
                + " means. A difference is significant when Welch's t-test on the fork means gives p < 0.01 (both runs"
                + " with 2 or more forks), else when the two intervals do not overlap; the test is named on every row."
                + " A significant difference under " + Figures.percent(Comparison.EQUIVALENCE, 0) + " (|ratio - 1| < "
                + Figures.plain(Comparison.EQUIVALENCE) + ") is called equivalent: too small to matter, and smaller than"
                + " a machine drifts between runs. A difference that is not significant is noise, not a win. Rows"
                + " marked as depending on the scheduler time wake-ups of threads and processes (messages, locks,"
                + " process starts, thousands of sleepers): they move with the host's load and kernel more than their"
                + " intervals show. Speedup is over the same machine's single-thread; efficiency per core = speedup /"
                + " min(workers, cores); workers / cores puts machines with different core counts on one scale.";
    }

    /** How many measurements were compared and how many are missing somewhere. */
    static String counts(Comparison c) {
        long compared = c.compared().size();
        long partial = c.partial().size();
        long significant = c.compared().stream().flatMap(l -> l.entries().stream())
                .filter(e -> e.test() != null && e.test().significant()).count();
        long noisy = c.compared().stream().filter(l -> l.entries().stream().anyMatch(e -> e.row() != null && e.row().noisy()))
                .count();
        return compared + " measurements are in two or more runs (" + significant + " significant differences to the"
                + " baseline" + (noisy > 0 ? "; " + noisy + " measured on a busy machine in some run, marked noisy" : "")
                + "); " + partial + (partial == 1 ? " is" : " are") + " missing from at least one run (listed"
                + " below).";
    }

    /** Workloads in report order. */
    static List<String> workloads(Comparison c) {
        Set<String> w = new LinkedHashSet<>();
        c.lines().forEach(l -> w.add(l.example().workload()));
        return w.stream().sorted(java.util.Comparator.comparingInt(Comparison::workloadOrder)
                .thenComparing(s -> s)).toList();
    }

    /** What an entry shows in the verdict column: the verdict, or the status and reason of a cell not measured. */
    static String verdict(Comparison.Entry e) {
        if (e.verdict() == Comparison.Verdict.NOT_MEASURED) {
            String reason = e.row().reason().isBlank() ? "" : ": " + e.row().reason();
            return e.row().status().label() + reason;
        }
        return e.verdict().label;
    }

    /**
     * What the verdict of run {@code i} on {@code line} says about noise: nothing when neither it nor the baseline was
     * noisy; else which side was measured on a busy machine, and for a significant difference that it may come from
     * that.
     */
    static String noise(Comparison c, Comparison.Line line, int i) {
        List<String> sides = new ArrayList<>();
        if (noisy(line, i)) {
            sides.add(i == c.baseline() ? "the baseline" : "this run");
        }
        if (i != c.baseline() && noisy(line, c.baseline())) {
            sides.add("the baseline");
        }
        if (sides.isEmpty()) {
            return "";
        }
        Comparison.Entry e = line.entries().get(i);
        boolean significant = e.test() != null && e.test().significant();
        return " (noisy: " + String.join(" and ", sides) + " measured on a busy machine"
                + (significant ? ", so the difference may be the machine's, not the code's)" : ")");
    }

    /** Whether run {@code i} or the baseline was noisy on {@code line}. */
    static boolean eitherNoisy(Comparison c, Comparison.Line line, int i) {
        return noisy(line, i) || noisy(line, c.baseline());
    }

    private static boolean noisy(Comparison.Line line, int i) {
        ResultRow r = line.entries().get(i).row();
        return r != null && r.noisy();
    }

    /** The legend labels of the runs that have (or lack) a row for the line, joined by "; ". */
    static String runsWith(Comparison c, Comparison.Line line, boolean having) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < c.runs().size(); i++) {
            if (line.presentIn().contains(i) == having) {
                labels.add(c.labels().get(i));
            }
        }
        return String.join("; ", labels);
    }

    /** One sentence per skipped, failed or unreached cell of each run, with its reason. */
    static List<String> notMeasured(Comparison c) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.runs().size(); i++) {
            for (Map.Entry<MeasurementKey, ResultRow> e : c.runs().get(i).rows().entrySet()) {
                ResultRow r = e.getValue();
                if (r.status() != Status.DONE) {
                    out.add(c.labels().get(i) + ": " + r.status().label() + " " + r.workload() + " [" + e.getKey().params()
                            + "]: " + (r.reason().isBlank() ? "no reason recorded" : r.reason()));
                }
            }
        }
        return out;
    }

    /** The key's parameters other than model and workers (shown in their own columns), e.g. "count=50000000". */
    static String otherParams(MeasurementKey key) {
        TreeMap<String, String> p = new TreeMap<>();
        if (!key.params().isEmpty()) {
            for (String part : key.params().split(";")) {
                int eq = part.indexOf('=');
                p.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        p.remove("model");
        p.remove("workers");
        StringBuilder s = new StringBuilder();
        p.forEach((k, v) -> s.append(s.isEmpty() ? "" : ", ").append(k).append('=').append(v));
        return s.toString();
    }

    /** What a test found, e.g. "Welch t-test: p = 0.0003"; empty where nothing was compared. */
    static String test(Comparison.Entry e) {
        return e.test() == null ? "" : e.test().test().label + ": " + e.test().detail();
    }

    /** Workers as written: a whole number, or empty. */
    static String workers(ResultRow r) {
        return r.workers() > 0 ? Integer.toString(r.workers()) : "";
    }

    /** A ratio such as "0.54×"; empty for NaN. */
    static String ratio(double r) {
        return Double.isNaN(r) ? "" : Figures.ratio(r);
    }

    /** Notes on runs written by older suite versions. */
    static List<String> notes(Comparison c) {
        List<String> notes = new ArrayList<>();
        for (RunResults r : c.runs()) {
            // the interval's columns came together, and scheduler_bound is recomputed from each row
            List<String> missing = ResultsCsvReader.OPTIONAL.stream().filter(col -> !r.newColumns().contains(col))
                    .filter(col -> !ResultsCsvReader.INTERVAL_COLUMNS.contains(col) && !col.equals("scheduler_bound"))
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            if (!r.newColumns().contains("ci_low")) {
                missing.add("ci_low");
            }
            if (!missing.isEmpty()) {
                notes.add("Run " + r.runId() + ": its results.csv has no " + String.join(", ", missing)
                        + (missing.size() == 1 ? " column" : " columns") + " (an older suite version)."
                        + (missing.contains("metric") ? " Every row is taken as the primary metric." : "")
                        + (missing.contains("params") ? " Parameters are rebuilt from model, workers, tasks, count and"
                        + " sleep_millis." : "")
                        + (missing.contains("ci_low") ? " Without the suite's interval over forks, JMH's 99.9% error"
                        + " (score \u00b1 score_error, which pools the iterations of all forks as if independent)"
                        + " stands in for it, and its rows are tested by overlap of intervals." : "")
                        + (missing.contains("noisy") ? " Whether its machine was quiet while it measured is not known." : ""));
            }
        }
        return notes;
    }

    /** "yes" for a measurement that depends on the host's scheduler, else empty. */
    static String schedulerBound(Comparison.Entry e) {
        return e.schedulerBound() ? "yes" : "";
    }
}

package threadsvsprocesses.report.compare;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Test inputs made from an earlier reference run (src/test/resources/compare/20261124T163710Z-vm/results.csv, written by the suite
 * before the metric, params and score_stdev columns existed), as tables of cells that tests alter and write.
 */
final class CompareFixtures {

    /** An earlier reference run of the suite, kept as a fixture in the format of its time (26 columns). */
    static final Path REFERENCE = Path.of("src", "test", "resources", "compare", "20261124T163710Z-vm", "results.csv");
    static final String REFERENCE_ID = "20261124T163710Z-vm";
    static final String LAPTOP_ID = "20261201T090000Z-laptop";

    /** A CSV as header plus rows of cells. */
    static final class Table {
        final List<String> header;
        final List<List<String>> rows;

        Table(List<String> header, List<List<String>> rows) {
            this.header = new ArrayList<>(header);
            this.rows = new ArrayList<>();
            rows.forEach(r -> this.rows.add(new ArrayList<>(r)));
        }

        int col(String name) {
            int i = header.indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException("no column " + name);
            }
            return i;
        }

        String get(int row, String column) {
            return rows.get(row).get(col(column));
        }

        Table set(int row, String column, String value) {
            rows.get(row).set(col(column), value);
            return this;
        }

        /** Sets a column on every row. */
        Table setAll(String column, String value) {
            for (int i = 0; i < rows.size(); i++) {
                set(i, column, value);
            }
            return this;
        }

        /** The index of the first row matching workload, model and workers (and tasks for sleep). */
        int find(String workload, String model, String workers) {
            for (int i = 0; i < rows.size(); i++) {
                if (get(i, "workload").equals(workload) && get(i, "model").equals(model)
                        && get(i, "workers").equals(workers)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no row " + workload + " " + model + " " + workers);
        }

        Table remove(Predicate<List<String>> which) {
            rows.removeIf(which);
            return this;
        }

        /**
         * Scales score and score_ms (and score_error, score_stdev, the interval's ends and fork_stdev) of the done
         * rows matching {@code which}.
         */
        Table scale(Predicate<Integer> which, double factor) {
            for (int i = 0; i < rows.size(); i++) {
                if (get(i, "status").equals("done") && which.test(i)) {
                    for (String c : List.of("score", "score_ms", "score_error", "score_stdev", "ci_low", "ci_high",
                            "fork_stdev")) {
                        if (header.contains(c) && !get(i, c).isEmpty()) {
                            set(i, c, Double.toString(Double.parseDouble(get(i, c)) * factor));
                        }
                    }
                }
            }
            return this;
        }

        String render() {
            StringWriter out = new StringWriter();
            try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
                p.printRecord(header);
                for (List<String> r : rows) {
                    p.printRecord(r);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        }

        /** Writes {@code <dir>/results.csv} and returns the folder. */
        Path writeRun(Path dir) throws IOException {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("results.csv"), render(), StandardCharsets.UTF_8);
            return dir;
        }
    }

    private CompareFixtures() {
    }

    /** The reference run as it is committed (26 columns). */
    static Table reference() throws IOException {
        try (CSVParser p = CSVParser.parse(Files.readString(REFERENCE, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            List<CSVRecord> all = p.getRecords();
            List<List<String>> rows = all.subList(1, all.size()).stream().map(CSVRecord::toList).toList();
            return new Table(all.get(0).toList(), rows);
        }
    }

    /**
     * Another machine: other host and run id, an Intel CPU with 4 cores, JDK 21, the newer columns (score_stdev
     * derived from JMH's error; 5 forks whose interval is score ± JMH's error, and fork_stdev to match), single-thread
     * work 30% slower, the countdown multi-process row for 4 workers missing, and an extra countdown multi-thread row
     * for 8 workers.
     */
    static Table laptop() throws IOException {
        Table t = reference();
        t.setAll("run_id", LAPTOP_ID).setAll("host", "laptop")
                .setAll("cpu_model", "Intel(R) Core(TM) i7-1185G7 CPU @ 3.00GHz").setAll("cores", "4")
                .setAll("jvm_version", "21.0.5+11-LTS").setAll("run_started_at", "2026-12-01T09:00:00Z");
        t.header.addAll(List.of("metric", "params", "score_stdev", "ci_low", "ci_high", "forks", "fork_stdev",
                "fork_spread", "scheduler_bound"));
        for (int i = 0; i < t.rows.size(); i++) {
            String error = t.get(i, "score_error");
            Map<String, String> p = new TreeMap<>();
            p.put("model", t.get(i, "model"));
            p.put("workers", t.get(i, "workers"));
            putIfPresent(p, "count", t.get(i, "count"));
            putIfPresent(p, "tasks", t.get(i, "tasks"));
            putIfPresent(p, "sleepMillis", t.get(i, "sleep_millis"));
            StringBuilder params = new StringBuilder();
            p.forEach((k, v) -> params.append(params.isEmpty() ? "" : ";").append(k).append('=').append(v));
            // 20 samples: JMH's 99.9% half-width is t(0.9995, 19) * s / sqrt(20), about 0.867 s
            t.rows.get(i).addAll(List.of("primary", params.toString(),
                    error.isEmpty() ? "" : Double.toString(Double.parseDouble(error) / 0.867)));
            // 5 forks: the interval's half-width is t(0.995, 4) * s / sqrt(5), about 2.059 s
            String score = t.get(i, "score");
            boolean interval = !error.isEmpty() && !score.isEmpty();
            double s = interval ? Double.parseDouble(score) : Double.NaN;
            double e = interval ? Double.parseDouble(error) : Double.NaN;
            t.rows.get(i).addAll(interval
                    ? List.of(Double.toString(s - e), Double.toString(s + e), "5", Double.toString(e / 2.059), "1.01",
                    "false")
                    : List.of("", "", "", "", "", "false"));
        }
        t.scale(i -> !t.get(i, "workload").equals("sleep"), 1.3);
        t.remove(r -> r.get(t.col("workload")).equals("countdown") && r.get(t.col("model")).equals("multi-process")
                && r.get(t.col("workers")).equals("4"));
        int mt4 = t.find("countdown", "multi-thread", "4");
        List<String> extra = new ArrayList<>(t.rows.get(mt4));
        extra.set(t.col("workers"), "8");
        extra.set(t.col("params"), extra.get(t.col("params")).replace("workers=4", "workers=8"));
        t.rows.add(extra);
        return t;
    }

    private static void putIfPresent(Map<String, String> p, String k, String v) {
        if (!v.isEmpty()) {
            p.put(k, v);
        }
    }

    /** SHA-256 of every file under {@code dir}, by relative path. */
    static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                try {
                    out.put(dir.relativize(f).toString(), HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }
}

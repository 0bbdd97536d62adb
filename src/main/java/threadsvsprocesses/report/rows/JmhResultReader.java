package threadsvsprocesses.report.rows;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import threadsvsprocesses.run.BadInputException;
import threadsvsprocesses.run.RunFolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one file of JMH's JSON output (a JSON array of result objects) into {@link JmhResult}s.
 * Copes with JMH's quirks: {@code scoreError} written as the string {@code "NaN"}, parameter values as strings,
 * {@code rawData} as one array per fork, and {@code rawDataHistogram} in sample mode. Each metric gets the suite's
 * interval from its forks' means ({@link Interval#ofForks}); JMH's own {@code scoreError} is kept as JMH wrote it.
 */
public final class JmhResultReader {

    private JmhResultReader() {
    }

    /**
     * Reads {@code file}.
     *
     * @throws BadInputException if the file is missing or is not JMH's JSON; the message names the file
     */
    public static List<JmhResult> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": missing; expected JMH's JSON result file");
        }
        try {
            RunFolder.refuseIfLarger(file, "JMH result file");
            JsonElement root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            if (!root.isJsonArray()) {
                throw new BadInputException(file + ": expected a JSON array of JMH results");
            }
            List<JmhResult> results = new ArrayList<>();
            for (JsonElement element : root.getAsJsonArray()) {
                results.add(parse(element.getAsJsonObject()));
            }
            return results;
        } catch (OutOfRange e) {
            throw new BadInputException(file + ": " + e.getMessage());
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException
                 | NumberFormatException | NullPointerException e) {
            throw new BadInputException(file + ": not JMH's JSON result format (" + oneLine(e.getMessage()) + ")");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read (" + oneLine(e.getMessage()) + ")");
        }
    }

    private static JmhResult parse(JsonObject o) {
        Map<String, String> params = new LinkedHashMap<>();
        if (o.has("params") && o.get("params").isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("params").entrySet()) {
                params.put(e.getKey(), e.getValue().getAsString());
            }
        }
        JsonObject primary = o.getAsJsonObject("primaryMetric");
        if (primary == null) {
            throw new IllegalStateException("result without primaryMetric");
        }
        Map<String, Metric> secondary = new LinkedHashMap<>();
        if (o.has("secondaryMetrics") && o.get("secondaryMetrics").isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("secondaryMetrics").entrySet()) {
                if (e.getValue().isJsonObject()) {
                    secondary.put(e.getKey(), metric(e.getValue().getAsJsonObject()));
                }
            }
        }
        return new JmhResult(
                o.get("benchmark").getAsString(),
                o.has("mode") ? o.get("mode").getAsString() : "",
                Map.copyOf(params),
                metric(primary),
                java.util.Collections.unmodifiableMap(secondary));
    }

    private static Metric metric(JsonObject metric) {
        List<List<Double>> forks = rawForks(metric);
        List<Double> measured = forks.stream().flatMap(List::stream).toList();
        double score = figure("score", number(metric.get("score")));
        double error = spread("scoreError", number(metric.get("scoreError")));
        forks.forEach(f -> f.forEach(v -> figure("rawData", v)));
        // JMH sums an @AuxCounters(EVENTS) counter over all measured iterations (its SUM policy), so the suite's
        // counters report each iteration's figure divided by the number of iterations: their score is the mean, and
        // each raw value is an iteration's figure scaled down by that number. Scale back before taking a deviation.
        double sum = measured.stream().mapToDouble(Double::doubleValue).sum();
        if (measured.size() > 1 && Math.abs(sum - score) <= 1e-9 * Math.max(1, Math.abs(score))) {
            int n = measured.size();
            forks = forks.stream().map(f -> f.stream().map(v -> v * n).toList()).toList();
        }
        List<Double> raw = forks.stream().flatMap(List::stream).toList();
        // JMH gives such a counter no error (a sum has none); the iterations' figures give the mean's
        if (Double.isNaN(error) && raw.size() > 1) {
            error = SampleInterval.halfWidth(stdev(raw), raw.size());
        }
        // sample mode keeps a histogram instead of raw values: only JMH's own error is known there
        Interval interval = forks.isEmpty() ? Interval.fromJmh(score, error) : Interval.ofForks(forks);
        return new Metric(score, error, metric.has("scoreUnit") ? metric.get("scoreUnit").getAsString() : "",
                samples(metric), stdev(raw), interval);
    }

    /** The raw samples of each fork ({@code rawData}); empty in sample mode, which keeps a histogram instead. */
    private static List<List<Double>> rawForks(JsonObject metric) {
        List<List<Double>> forks = new ArrayList<>();
        if (metric.has("rawData") && metric.get("rawData").isJsonArray()) {
            for (JsonElement fork : metric.getAsJsonArray("rawData")) {
                List<Double> values = new ArrayList<>();
                if (fork.isJsonArray()) {
                    for (JsonElement v : fork.getAsJsonArray()) {
                        values.add(number(v));
                    }
                }
                forks.add(values);
            }
        }
        return forks;
    }

    /** Sample standard deviation (n - 1), NaN below two samples or if any sample is unreadable. */
    static double stdev(List<Double> values) {
        if (values.size() < 2 || values.stream().anyMatch(v -> Double.isNaN(v))) {
            return Double.NaN;
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (values.size() - 1));
    }

    /**
     * {@code v} if it is unknown (NaN) or in the accepted range ({@link Accepted}); else a refusal of the file (its
     * cell fails with this reason).
     */
    private static double figure(String what, double v) {
        if (!Double.isNaN(v) && !(Double.isFinite(v) && Accepted.figure(v))) {
            throw new OutOfRange(what + " " + v + " is outside the accepted range, " + Accepted.RANGE);
        }
        return v;
    }

    /** An error: as {@link #figure}, but floating-point dust below {@link Accepted#SMALLEST} reads as 0. */
    private static double spread(String what, double v) {
        return Math.abs(v) < Accepted.SMALLEST ? 0 : figure(what, v);
    }

    /** A figure outside {@link Accepted}'s range: the file is refused with this message. */
    private static final class OutOfRange extends IllegalStateException {
        OutOfRange(String message) {
            super(message);
        }
    }

    /** A JSON number, or a string such as "NaN"; NaN where absent or unreadable. */
    static double number(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return Double.NaN;
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
            return e.getAsDouble();
        }
        try {
            return Double.parseDouble(e.getAsString().trim());
        } catch (NumberFormatException | UnsupportedOperationException | IllegalStateException ex) {
            return Double.NaN;
        }
    }

    private static long samples(JsonObject metric) {
        long n = 0;
        if (metric.has("rawData") && metric.get("rawData").isJsonArray()) {
            for (JsonElement fork : metric.getAsJsonArray("rawData")) {
                n += fork.isJsonArray() ? fork.getAsJsonArray().size() : 1;
            }
        } else if (metric.has("rawDataHistogram") && metric.get("rawDataHistogram").isJsonArray()) {
            // sample mode: per fork, per iteration, a list of [value, count] pairs
            for (JsonElement fork : metric.getAsJsonArray("rawDataHistogram")) {
                for (JsonElement iteration : fork.getAsJsonArray()) {
                    for (JsonElement pair : iteration.getAsJsonArray()) {
                        JsonArray p = pair.getAsJsonArray();
                        n += p.size() > 1 ? p.get(1).getAsLong() : 1;
                    }
                }
            }
        }
        return n;
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}

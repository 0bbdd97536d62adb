package threadsvsprocesses.run;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Merges the JMH JSON files of one cell's batches of forks into one file in JMH's own format: one result object per
 * benchmark, its {@code rawData} holding one array per fork of every batch, {@code forks} their number, and the score,
 * error, confidence and percentiles recomputed from all of them as JMH computes them (score: the mean of every
 * iteration; error: Student's t at 99.9% over them, NaN below 3). The reporter then reads a cell measured in several
 * batches as it reads any JMH file.
 *
 * <p>A secondary metric that JMH sums over iterations (an {@code @AuxCounters} counter, whose score is the sum of its
 * raw values; see {@code benchmarks.IterationMean}) stays a sum: each batch divided its iterations' figures by its
 * own number of iterations, so its raw values are rescaled by that number over the merged one, and the score is again
 * their sum, the mean of every iteration's figure.
 */
final class ForkMerge {

    private ForkMerge() {
    }

    /** The JSON of {@code parts} (JMH files of the same cell, in batch order) merged into one. */
    static String merge(List<Path> parts) throws IOException {
        List<JsonArray> arrays = new ArrayList<>();
        for (Path p : parts) {
            arrays.add(JsonParser.parseString(Files.readString(p, StandardCharsets.UTF_8)).getAsJsonArray());
        }
        JsonArray merged = new JsonArray();
        for (int i = 0; i < arrays.get(0).size(); i++) {
            List<JsonObject> results = new ArrayList<>();
            for (JsonArray a : arrays) {
                JsonObject r = a.get(i).getAsJsonObject();
                if (!same(r, arrays.get(0).get(i).getAsJsonObject())) {
                    throw new IOException("the batches of forks hold different benchmarks or parameters");
                }
                results.add(r);
            }
            merged.add(mergeResults(results));
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeSpecialFloatingPointValues()
                .create().toJson(merged);
    }

    private static boolean same(JsonObject a, JsonObject b) {
        return a.get("benchmark").equals(b.get("benchmark")) && String.valueOf(a.get("params"))
                .equals(String.valueOf(b.get("params")));
    }

    private static JsonObject mergeResults(List<JsonObject> results) {
        JsonObject out = results.get(0).deepCopy();
        int forks = 0;
        for (JsonObject r : results) {
            forks += r.has("forks") ? r.get("forks").getAsInt() : r.getAsJsonObject("primaryMetric")
                    .getAsJsonArray("rawData").size();
        }
        out.addProperty("forks", forks);
        out.add("primaryMetric", mergeMetric(results.stream().map(r -> r.getAsJsonObject("primaryMetric")).toList()));
        JsonObject secondary = new JsonObject();
        if (out.has("secondaryMetrics") && out.get("secondaryMetrics").isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : out.getAsJsonObject("secondaryMetrics").entrySet()) {
                List<JsonObject> metrics = new ArrayList<>();
                for (JsonObject r : results) {
                    JsonObject s = r.getAsJsonObject("secondaryMetrics");
                    if (s != null && s.has(e.getKey())) {
                        metrics.add(s.getAsJsonObject(e.getKey()));
                    }
                }
                secondary.add(e.getKey(), mergeMetric(metrics));
            }
        }
        out.add("secondaryMetrics", secondary);
        return out;
    }

    /** One metric of every batch merged: raw data concatenated (rescaled for a summed counter), figures recomputed. */
    private static JsonObject mergeMetric(List<JsonObject> metrics) {
        JsonObject out = metrics.get(0).deepCopy();
        List<double[]> batches = metrics.stream().map(ForkMerge::values).toList();
        int total = batches.stream().mapToInt(b -> b.length).sum();
        boolean summed = metrics.size() > 0 && summed(metrics.get(0), batches.get(0));
        JsonArray raw = new JsonArray();
        List<Double> all = new ArrayList<>();
        for (int b = 0; b < metrics.size(); b++) {
            double scale = summed ? (double) batches.get(b).length / total : 1;
            for (JsonElement fork : metrics.get(b).getAsJsonArray("rawData")) {
                JsonArray values = new JsonArray();
                for (JsonElement v : fork.getAsJsonArray()) {
                    double x = v.getAsDouble() * scale;
                    values.add(x);
                    all.add(x);
                }
                raw.add(values);
            }
        }
        out.add("rawData", raw);
        double[] v = all.stream().mapToDouble(Double::doubleValue).toArray();
        double sum = all.stream().mapToDouble(Double::doubleValue).sum();
        double score = summed ? sum : v.length == 0 ? Double.NaN : sum / v.length;
        double error = summed || v.length < 3 ? Double.NaN : jmhError(v);
        out.addProperty("score", score);
        if (Double.isNaN(error)) {
            out.addProperty("scoreError", "NaN");
            JsonArray conf = new JsonArray();
            conf.add("NaN");
            conf.add("NaN");
            out.add("scoreConfidence", conf);
        } else {
            out.addProperty("scoreError", error);
            JsonArray conf = new JsonArray();
            conf.add(score - error);
            conf.add(score + error);
            out.add("scoreConfidence", conf);
        }
        if (!summed && v.length > 0) {
            out.add("scorePercentiles", percentiles(v));
        }
        return out;
    }

    /** The raw values of one batch, all forks in turn. */
    private static double[] values(JsonObject metric) {
        List<Double> values = new ArrayList<>();
        if (metric.has("rawData") && metric.get("rawData").isJsonArray()) {
            for (JsonElement fork : metric.getAsJsonArray("rawData")) {
                for (JsonElement v : fork.getAsJsonArray()) {
                    values.add(v.getAsDouble());
                }
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Whether JMH summed this metric over its iterations: its score is the sum of its raw values. */
    private static boolean summed(JsonObject metric, double[] values) {
        if (values.length < 2 || !metric.has("score")) {
            return false;
        }
        double score = metric.get("score").getAsDouble();
        double sum = 0;
        for (double x : values) {
            sum += x;
        }
        return Math.abs(sum - score) <= 1e-9 * Math.max(1, Math.abs(score));
    }

    /** JMH's error of the mean: Student's t at 99.9% (two-sided) times the standard error. */
    static double jmhError(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x / v.length;
        }
        double squares = 0;
        for (double x : v) {
            squares += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(squares / (v.length - 1));
        return new TDistribution(null, v.length - 1).inverseCumulativeProbability(1 - 0.001 / 2) * sd
                / Math.sqrt(v.length);
    }

    /** JMH's percentiles of the raw values. */
    private static JsonObject percentiles(double[] v) {
        JsonObject p = new JsonObject();
        Percentile percentile = new Percentile();
        double min = Double.POSITIVE_INFINITY;
        for (double x : v) {
            min = Math.min(min, x);
        }
        for (double rank : new double[] {0, 50, 90, 95, 99, 99.9, 99.99, 99.999, 99.9999, 100}) {
            p.addProperty(Double.toString(rank), rank == 0 ? min : percentile.evaluate(v, rank));
        }
        return p;
    }
}

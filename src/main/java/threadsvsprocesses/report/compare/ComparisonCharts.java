package threadsvsprocesses.report.compare;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import threadsvsprocesses.report.charts.ChartSupport;
import threadsvsprocesses.report.charts.FixedTickLogAxis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * The comparison's charts, each with one curve per machine and model: colour tells the machines apart (legend:
 * CPU, cores, JVM), marker and line pattern the models (the same as on a run's own charts).
 * <ul>
 *   <li>{@code <workload>-speedup} (countdown, squares): speedup over the same machine's single-thread against
 *       workers / cores, so machines with different core counts line up at 1 (as many workers as cores).</li>
 *   <li>{@code <workload>-time}: raw time per operation against workers, with JMH's error bars.</li>
 *   <li>{@code sleep-time}: wall time against the number of sleeping tasks, both axes logarithmic.</li>
 * </ul>
 * Charts without data in at least one run are left out. Fonts, sizes and model styles follow the per-run charts
 * ({@link ChartSupport}).
 */
final class ComparisonCharts {

    /** Colours of the machines, in run order (Okabe-Ito, readable by colour-blind readers), then repeated. */
    private static final List<Color> MACHINE_COLOURS = List.of(new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00),
            new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7), new Color(0xE6, 0x9F, 0x00),
            new Color(0x56, 0xB4, 0xE9), Color.BLACK);
    private static final Color MODEL_KEY = new Color(0x44, 0x44, 0x44);
    /** Share of the x axis's log span between neighbouring series, so coinciding points sit side by side. */
    private static final double JITTER = 0.006;
    /** The largest distance, in natural-log units of x, between the first and the last series' points (about 10%). */
    private static final double MAX_SPREAD = 0.1;

    private ComparisonCharts() {
    }

    /** A chart's points: one series per (run, model). */
    private record Series(int run, String model, YIntervalSeries data) {
    }

    /** Draws every chart that has data into {@code dir}; returns the PNGs written, in report order. */
    static List<Path> write(Comparison c, Path dir) {
        System.setProperty("java.awt.headless", "true");
        List<Path> written = new ArrayList<>();
        for (String workload : List.of("countdown", "squares")) {
            List<Comparison.Line> lines = scaling(c, workload);
            if (lines.isEmpty()) {
                continue;
            }
            String size = sizeNote(lines);
            List<Series> speedup = series(c, lines, r -> Comparison.modelOrder(r.model()) == 0 ? Double.NaN
                    : r.workers() / runOf(c, r).cores(), RunRow::speedup, false);
            if (runsIn(speedup) >= 1) {
                written.add(ChartSupport.save(speedupChart(c, workload, size, speedup), dir, workload + "-speedup"));
            }
            List<Series> time = series(c, lines, RunRow::workers, RunRow::scoreMs, true);
            if (runsIn(time) >= 1) {
                written.add(ChartSupport.save(timeChart(c, workload, size, time), dir, workload + "-time"));
            }
        }
        List<Comparison.Line> sleep = c.lines().stream().filter(l -> l.key().primary()
                && "sleep".equals(l.example().workload())).toList();
        Optional<String> sleepMs = mostCommon(sleep, l -> l.example().sleepMillis());
        if (sleepMs.isPresent()) {
            List<Comparison.Line> of = sleep.stream().filter(l -> l.example().sleepMillis().equals(sleepMs.get())).toList();
            List<Series> time = series(c, of, r -> Comparison.parse(r.tasks()), RunRow::scoreMs, true);
            if (runsIn(time) >= 1) {
                written.add(ChartSupport.save(sleepChart(c, Comparison.parse(sleepMs.get()), time), dir, "sleep-time"));
            }
        }
        return written;
    }

    /** The primary lines of a CPU-bound workload at its most common count. */
    private static List<Comparison.Line> scaling(Comparison c, String workload) {
        List<Comparison.Line> all = c.lines().stream()
                .filter(l -> l.key().primary() && workload.equals(l.example().workload())).toList();
        Optional<String> count = mostCommon(all, l -> l.example().count());
        return count.map(n -> all.stream().filter(l -> l.example().count().equals(n)).toList()).orElse(List.of());
    }

    private static String sizeNote(List<Comparison.Line> lines) {
        String count = lines.get(0).example().count();
        return count.isEmpty() ? "" : " (count = " + FixedTickLogAxis.label(Comparison.parse(count)) + ")";
    }

    private static Optional<String> mostCommon(List<Comparison.Line> lines, java.util.function.Function<Comparison.Line, String> f) {
        Map<String, Integer> n = new HashMap<>();
        lines.forEach(l -> n.merge(f.apply(l), 1, Integer::sum));
        return n.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparingDouble(e -> Comparison.parse(e.getKey()))).map(Map.Entry::getKey);
    }

    private static RunResults runOf(Comparison c, RunRow row) {
        for (RunResults r : c.runs()) {
            if (r.rows().get(row.key()) == row) {
                return r;
            }
        }
        throw new IllegalStateException("row of no run");
    }

    /** One series per run and model, points at x(row), y(row), with error bars of score_error in ms when asked. */
    private static List<Series> series(Comparison c, List<Comparison.Line> lines, ToDoubleFunction<RunRow> x,
                                       ToDoubleFunction<RunRow> y, boolean errors) {
        Map<String, Series> byKey = new HashMap<>();
        for (Comparison.Line line : lines) {
            for (int i = 0; i < c.runs().size(); i++) {
                RunRow r = line.entries().get(i).row();
                if (r == null || !r.measured()) {
                    continue;
                }
                double xv = x.applyAsDouble(r);
                double yv = y.applyAsDouble(r);
                if (!(xv > 0) || Double.isNaN(yv)) {
                    continue;
                }
                double err = errors && r.score() > 0 && !Double.isNaN(r.scoreError())
                        ? r.scoreError() * r.scoreMs() / r.score() : 0;
                int run = i;
                Series s = byKey.computeIfAbsent(run + "|" + r.model(),
                        k -> new Series(run, r.model(), new YIntervalSeries(k, true, true)));
                s.data().add(xv, yv, Math.max(yv - err, yv * 0.02), yv + err);
            }
        }
        List<Series> out = new ArrayList<>(byKey.values());
        out.sort(Comparator.comparingInt(Series::run).thenComparingInt(s -> Comparison.modelOrder(s.model()))
                .thenComparing(Series::model));
        return out;
    }

    private static long runsIn(List<Series> series) {
        return series.stream().mapToInt(Series::run).distinct().count();
    }

    private static JFreeChart speedupChart(Comparison c, String workload, String size, List<Series> series) {
        TreeSet<Double> xs = xValues(series);
        xs.add(1.0);
        FixedTickLogAxis x = new FixedTickLogAxis("workers per core (workers / cores), log\u2082 scale", 2, xs, new TreeSet<>());
        NumberAxis y = new NumberAxis("speedup over own single-thread (\u00d7), higher is better");
        double top = maxHigh(series);
        y.setRange(0, Math.max(top * 1.15, 1.5));
        Plotted plotted = plot(c, series, x, y);
        XYPlot plot = plotted.plot();
        ValueMarker cores = new ValueMarker(1.0, ChartSupport.REFERENCE, new BasicStroke(2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {3f, 5f}, 0f));
        cores.setLabel("workers = cores");
        label(cores, RectangleAnchor.TOP_LEFT, TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(cores);
        ValueMarker one = new ValueMarker(1.0, ChartSupport.REFERENCE, ChartSupport.DASHED);
        one.setLabel("1\u00d7 = single-thread");
        label(one, RectangleAnchor.BOTTOM_RIGHT, TextAnchor.TOP_RIGHT);
        plot.addRangeMarker(one);
        return chart(c, CompareFormat.title(workload) + ": speedup by workers per core" + size, plotted);
    }

    private static JFreeChart timeChart(Comparison c, String workload, String size, List<Series> series) {
        TreeSet<Double> xs = xValues(series);
        FixedTickLogAxis x = new FixedTickLogAxis("workers (threads or processes), log\u2082 scale", 2, xs, new TreeSet<>());
        NumberAxis y = new NumberAxis("time per operation (ms), lower is better");
        y.setRange(0, maxHigh(series) * 1.12);
        return chart(c, CompareFormat.title(workload) + ": time per operation by workers" + size,
                plot(c, series, x, y));
    }

    private static JFreeChart sleepChart(Comparison c, double sleepMs, List<Series> series) {
        TreeSet<Double> xs = xValues(series);
        FixedTickLogAxis x = new FixedTickLogAxis("tasks (each sleeps " + FixedTickLogAxis.label(sleepMs) + " ms), log\u2081\u2080 scale",
                10, xs, new TreeSet<>());
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (Series s : series) {
            for (int i = 0; i < s.data().getItemCount(); i++) {
                lo = Math.min(lo, s.data().getYLowValue(i));
                hi = Math.max(hi, s.data().getYHighValue(i));
            }
        }
        if (sleepMs > 0) {
            lo = Math.min(lo, sleepMs);
        }
        FixedTickLogAxis y = new FixedTickLogAxis("wall time per operation (ms), log\u2081\u2080 scale, lower is better", 10,
                FixedTickLogAxis.oneTwoFive(lo / 1.6, hi * 1.3), new TreeSet<>());
        y.setRange(lo / 1.6, hi * 1.3);
        Plotted plotted = plot(c, series, x, y);
        XYPlot plot = plotted.plot();
        if (sleepMs > 0) {
            ValueMarker ideal = new ValueMarker(sleepMs, ChartSupport.REFERENCE, ChartSupport.DASHED);
            ideal.setLabel("ideal: one sleep of " + FixedTickLogAxis.label(sleepMs) + " ms");
            label(ideal, RectangleAnchor.BOTTOM_RIGHT, TextAnchor.TOP_RIGHT);
            plot.addRangeMarker(ideal);
        }
        return chart(c, "Sleep: wall time per operation by number of sleeping tasks", plotted);
    }

    /** The largest upper end (value + error) of all points; 1 if there are none. */
    private static double maxHigh(List<Series> series) {
        double top = 0;
        for (Series s : series) {
            for (int i = 0; i < s.data().getItemCount(); i++) {
                top = Math.max(top, s.data().getYHighValue(i));
            }
        }
        return top > 0 ? top : 1;
    }

    private static void label(ValueMarker m, RectangleAnchor anchor, TextAnchor text) {
        m.setLabelFont(ChartSupport.MARKER);
        m.setLabelPaint(ChartSupport.REFERENCE);
        m.setLabelBackgroundColor(ChartSupport.LABEL_BACKGROUND);
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(text);
        m.setLabelOffset(new RectangleInsets(8, 6, 8, 6));
    }

    private static TreeSet<Double> xValues(List<Series> series) {
        TreeSet<Double> xs = new TreeSet<>();
        series.forEach(s -> {
            for (int i = 0; i < s.data().getItemCount(); i++) {
                xs.add(s.data().getX(i).doubleValue());
            }
        });
        return xs;
    }

    /**
     * The plot: series moved sideways by a small step each (on the log x axis) so that coinciding markers and
     * error bars stay visible, coloured by machine, marked and dashed by model; the legend lists the machines,
     * then the models.
     */
    private static Plotted plot(Comparison c, List<Series> series, FixedTickLogAxis x, ValueAxis y) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        double span = Math.log(x.getUpperBound() / x.getLowerBound());
        int n = series.size();
        // a small step per series, the whole spread capped so points stay close to their true x on long axes
        double step = n < 2 ? 0 : Math.min(JITTER * span, MAX_SPREAD / (n - 1));
        for (int s = 0; s < n; s++) {
            double factor = Math.exp((s - (n - 1) / 2.0) * step);
            YIntervalSeries from = series.get(s).data();
            YIntervalSeries moved = new YIntervalSeries(from.getKey(), false, true);
            for (int i = 0; i < from.getItemCount(); i++) {
                moved.add(from.getX(i).doubleValue() * factor, from.getYValue(i), from.getYLowValue(i),
                        from.getYHighValue(i));
            }
            data.addSeries(moved);
        }
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDrawYError(true);
        r.setCapLength(8);
        r.setErrorStroke(new BasicStroke(1.6f));
        r.setErrorPaint(null);
        r.setDefaultShapesVisible(true);
        r.setDefaultLinesVisible(true);
        r.setDrawOutlines(true);
        r.setUseOutlinePaint(true);
        r.setDefaultOutlineStroke(new BasicStroke(1.2f));
        Set<String> models = new LinkedHashSet<>();
        for (int s = 0; s < n; s++) {
            Series sr = series.get(s);
            r.setSeriesPaint(s, machineColour(sr.run()));
            r.setSeriesStroke(s, ChartSupport.stroke(sr.model()));
            r.setSeriesShape(s, ChartSupport.shape(sr.model()));
            r.setSeriesOutlinePaint(s, Color.WHITE);
            models.add(sr.model());
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        LegendItemCollection machines = new LegendItemCollection();
        series.stream().mapToInt(Series::run).distinct().sorted().forEach(run -> machines.add(new LegendItem(
                c.labels().get(run) + (run == c.baseline() ? " [baseline]" : ""), null, null, null, false,
                new Rectangle2D.Double(), false, machineColour(run), false, machineColour(run), new BasicStroke(1f),
                true, new Line2D.Double(-16, 0, 16, 0), new BasicStroke(7f), machineColour(run))));
        LegendItemCollection modelItems = new LegendItemCollection();
        models.stream().sorted(Comparator.comparingInt(Comparison::modelOrder).thenComparing(m -> m)).forEach(m ->
                modelItems.add(new LegendItem(m, null, null, null, true, ChartSupport.shape(m), true, MODEL_KEY, false,
                        MODEL_KEY, new BasicStroke(1f), true, new Line2D.Double(-22, 0, 22, 0), ChartSupport.stroke(m),
                        MODEL_KEY)));
        return new Plotted(plot, machines, modelItems);
    }

    /** A plot with its two legends: machines (by colour) and models (by marker and line). */
    private record Plotted(XYPlot plot, LegendItemCollection machines, LegendItemCollection models) {
    }

    static Color machineColour(int run) {
        return MACHINE_COLOURS.get(run % MACHINE_COLOURS.size());
    }

    private static JFreeChart chart(Comparison c, String title, Plotted plotted) {
        XYPlot plot = plotted.plot();
        JFreeChart chart = new JFreeChart(title, ChartSupport.TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle("Comparison of " + c.runs().size() + " runs: colour = machine, marker and"
                + " line = model \u00b7 baseline run " + c.baselineRun().runId(), ChartSupport.SUBTITLE));
        ChartSupport.stylePlot(plot);
        // two legend rows: the machines by colour, under them the models by marker and line pattern
        // (titles at the bottom edge are stacked from the edge inwards: the first added is the lowest)
        for (LegendItemCollection items : List.of(plotted.models(), plotted.machines())) {
            LegendTitle legend = new LegendTitle(() -> items);
            legend.setItemFont(ChartSupport.LEGEND);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setItemLabelPadding(new RectangleInsets(2, 10, 2, 22));
            chart.addSubtitle(legend);
        }
        chart.setPadding(new RectangleInsets(10, 10, 10, 24));
        return chart;
    }

    /** Saves {@code <name>.png} and {@code <name>.svg} (same size as a run's charts); returns the PNG. */
}

package threadsvsprocesses.report.compare;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.report.charts.ChartFiles;
import threadsvsprocesses.report.charts.ChartStyle;
import threadsvsprocesses.report.charts.FixedTickLogAxis;
import threadsvsprocesses.report.charts.Markers;
import threadsvsprocesses.report.charts.Palette;
import threadsvsprocesses.report.charts.Series;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.format.Titles;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.workload.Workload;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * The comparison's charts, each with one curve per machine and model, drawn as a run's charts are ({@link Series}):
 * colour tells the machines apart (legend: CPU, cores, JVM), marker and line pattern the models.
 * <ul>
 *   <li>{@code <workload>-speedup} (countdown, squares): speedup over the same machine's single-thread against
 *       workers / cores, so machines with different core counts line up at 1 (as many workers as cores).</li>
 *   <li>{@code <workload>-time}: raw time per operation against workers, with JMH's error bars.</li>
 *   <li>{@code sleep-time}: wall time against the number of sleeping tasks, both axes logarithmic.</li>
 *   <li>{@code granularity-speedup}: the task-size sweep's speedup curves of every run against the measured work
 *       per task ({@link SweepOverlayChart}).</li>
 * </ul>
 * Charts without data in at least one run are left out.
 */
final class ComparisonCharts {

    /** Colours of the machines, in run order (Okabe-Ito, readable by colour-blind readers), then repeated. */
    private static final List<Color> MACHINE_COLOURS = List.of(new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00),
            new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7), new Color(0xE6, 0x9F, 0x00),
            new Color(0x56, 0xB4, 0xE9), Color.BLACK);
    private static final Color MODEL_KEY = new Color(0x44, 0x44, 0x44);

    private ComparisonCharts() {
    }

    /** A chart's points: one series per (run, model), in run order, then model order. */
    private record Curves(List<Integer> runs, List<String> models, YIntervalSeriesCollection data) {

        long machines() {
            return runs.stream().distinct().count();
        }
    }

    /** Draws every chart that has data into {@code dir}; returns the PNGs written, in report order. */
    static List<Path> write(Comparison c, Path dir) {
        System.setProperty("java.awt.headless", "true");
        List<Path> written = new ArrayList<>();
        for (Workload workload : List.of(Workload.COUNTDOWN, Workload.SQUARES)) {
            List<Comparison.Line> lines = scaling(c, workload.label());
            if (lines.isEmpty()) {
                continue;
            }
            String count = lines.get(0).example().count();
            String size = count.isEmpty() ? "" : " (count = " + Figures.count(Series.parse(count)) + ")";
            Curves speedup = curves(c, lines, (run, r) -> r.model().equals(ExecutionModel.SINGLE_THREAD.label())
                    ? Double.NaN : (double) r.workers() / c.runs().get(run).cores(), ResultRow::speedup, false);
            if (speedup.machines() >= 1) {
                written.add(ChartFiles.save(speedupChart(c, workload.label(), size, speedup), dir,
                        workload.label() + "-speedup"));
            }
            Curves time = curves(c, lines, (run, r) -> r.workers(), ResultRow::scoreMs, true);
            if (time.machines() >= 1) {
                written.add(ChartFiles.save(timeChart(c, workload.label(), size, time), dir, workload.label() + "-time"));
            }
        }
        List<Comparison.Line> sleep = c.lines().stream().filter(l -> l.key().primary()
                && Workload.SLEEP.label().equals(l.example().workload())).toList();
        Optional<String> sleepMs = Series.mostCommon(sleep, l -> l.example().sleepMillis());
        if (sleepMs.isPresent()) {
            List<Comparison.Line> of = sleep.stream().filter(l -> l.example().sleepMillis().equals(sleepMs.get())).toList();
            Curves time = curves(c, of, (run, r) -> r.number("tasks"), ResultRow::scoreMs, true);
            if (time.machines() >= 1) {
                written.add(ChartFiles.save(sleepChart(c, Series.parse(sleepMs.get()), time), dir, "sleep-time"));
            }
        }
        written.addAll(SweepOverlayChart.write(c, dir));
        return written;
    }

    /**
     * The primary lines of a CPU-bound workload at its most common count, the JVM's models only (CPython's run
     * other sizes; their figures are in the comparison's tables and CSV).
     */
    private static List<Comparison.Line> scaling(Comparison c, String workload) {
        List<Comparison.Line> all = c.lines().stream()
                .filter(l -> l.key().primary() && workload.equals(l.example().workload()) && !l.example().cpython())
                .toList();
        Optional<String> count = Series.mostCommon(all, l -> l.example().count());
        return count.map(n -> all.stream().filter(l -> l.example().count().equals(n)).toList()).orElse(List.of());
    }

    /** The x of a run's row. */
    private interface X {
        double of(int run, ResultRow row);
    }

    /** One series per run and model, points at x(row), y(row), with error bars in ms when asked. */
    private static Curves curves(Comparison c, List<Comparison.Line> lines, X x, ToDoubleFunction<ResultRow> y,
                                 boolean errors) {
        Map<String, YIntervalSeries> byKey = new LinkedHashMap<>();
        Map<String, Integer> runOf = new LinkedHashMap<>();
        Map<String, String> modelOf = new LinkedHashMap<>();
        for (Comparison.Line line : lines) {
            for (int run = 0; run < c.runs().size(); run++) {
                ResultRow r = line.entries().get(run).row();
                if (r == null || !r.scored()) {
                    continue;
                }
                String key = run + "|" + r.model();
                runOf.put(key, run);
                modelOf.put(key, r.model());
                Series.add(byKey.computeIfAbsent(key, YIntervalSeries::new), x.of(run, r), y.applyAsDouble(r),
                        errors ? r.errorMs() : Double.NaN);
            }
        }
        List<String> keys = byKey.keySet().stream().filter(k -> byKey.get(k).getItemCount() > 0)
                .sorted(Comparator.comparingInt((String k) -> runOf.get(k))
                        .thenComparingInt(k -> Comparison.modelOrder(modelOf.get(k))).thenComparing(modelOf::get))
                .toList();
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        keys.forEach(k -> data.addSeries(byKey.get(k)));
        return new Curves(keys.stream().map(runOf::get).toList(), keys.stream().map(modelOf::get).toList(), data);
    }

    private static JFreeChart speedupChart(Comparison c, String workload, String size, Curves curves) {
        TreeSet<Double> xs = Series.xValues(curves.data());
        xs.add(1.0);
        FixedTickLogAxis x = new FixedTickLogAxis("workers per core (workers / cores), log\u2082 scale", 2, xs, new TreeSet<>());
        NumberAxis y = new NumberAxis("speedup over own single-thread (\u00d7), higher is better");
        y.setRange(0, Math.max(maxHigh(curves) * 1.15, 1.5));
        XYPlot plot = plot(curves, x, y);
        Markers.cores(plot, 1.0, "workers = cores");
        Markers.horizontal(plot, 1.0, "1\u00d7 = single-thread", ChartStyle.REFERENCE, true);
        return chart(c, Titles.of(workload) + ": speedup by workers per core" + size, plot, curves);
    }

    private static JFreeChart timeChart(Comparison c, String workload, String size, Curves curves) {
        FixedTickLogAxis x = new FixedTickLogAxis("workers (threads or processes), log\u2082 scale", 2,
                Series.xValues(curves.data()), new TreeSet<>());
        NumberAxis y = new NumberAxis("time per operation (ms), lower is better");
        y.setRange(0, maxHigh(curves) * 1.12);
        return chart(c, Titles.of(workload) + ": time per operation by workers" + size, plot(curves, x, y), curves);
    }

    private static JFreeChart sleepChart(Comparison c, double sleepMs, Curves curves) {
        FixedTickLogAxis x = new FixedTickLogAxis("tasks (each sleeps " + Figures.duration(sleepMs)
                + "), log\u2081\u2080 scale", 10, Series.xValues(curves.data()), new TreeSet<>());
        double lo = Series.minLow(curves.data());
        double hi = Series.maxHigh(curves.data());
        if (sleepMs > 0) {
            lo = Math.min(lo, sleepMs);
        }
        FixedTickLogAxis y = new FixedTickLogAxis("wall time per operation (ms), log\u2081\u2080 scale, lower is better", 10,
                FixedTickLogAxis.oneTwoFive(lo / 1.6, hi * 1.3), new TreeSet<>());
        y.setRange(lo / 1.6, hi * 1.3);
        XYPlot plot = plot(curves, x, y);
        if (sleepMs > 0) {
            Markers.horizontal(plot, sleepMs, "ideal: one sleep of " + Figures.duration(sleepMs), ChartStyle.REFERENCE,
                    true);
        }
        return chart(c, "Sleep: wall time per operation by number of sleeping tasks", plot, curves);
    }

    /** The largest upper end (value + error) of all points; 1 if there are none. */
    private static double maxHigh(Curves curves) {
        double top = Series.maxHigh(curves.data());
        return top > 0 ? top : 1;
    }

    /** The plot: each series spread a little sideways, coloured by machine, marked and dashed by model. */
    private static XYPlot plot(Curves curves, FixedTickLogAxis x, ValueAxis y) {
        return new XYPlot(Series.spread(curves.data(), x.getLowerBound(), x.getUpperBound()), x, y,
                Series.renderer(curves.data(), s -> machineColour(curves.runs().get(s)), s -> curves.models().get(s)));
    }

    static Color machineColour(int run) {
        return MACHINE_COLOURS.get(run % MACHINE_COLOURS.size());
    }

    /** The chart in the common style, with two legend rows: the machines by colour, under them the models. */
    private static JFreeChart chart(Comparison c, String title, XYPlot plot, Curves curves) {
        return chart(c, title, plot, curves.runs(), curves.models());
    }

    /**
     * The chart in the common style around {@code plot}, whose series {@code s} is run {@code runs.get(s)}'s curve
     * of model {@code models.get(s)}: two legend rows, the machines by colour, under them the models.
     */
    static JFreeChart chart(Comparison c, String title, XYPlot plot, List<Integer> runs, List<String> models) {
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle("Comparison of " + c.runs().size() + " runs: colour = machine, marker and"
                + " line = model \u00b7 baseline run " + c.baselineRun().runId(), ChartStyle.SUBTITLE));
        ChartStyle.stylePlot(plot);
        LegendItemCollection machines = new LegendItemCollection();
        runs.stream().distinct().sorted().forEach(run -> machines.add(new LegendItem(
                c.labels().get(run) + (run == c.baseline() ? " [baseline]" : ""), null, null, null, false,
                new Rectangle2D.Double(), false, machineColour(run), false, machineColour(run), new BasicStroke(1f),
                true, new Line2D.Double(-16, 0, 16, 0), new BasicStroke(7f), machineColour(run))));
        LegendItemCollection modelItems = new LegendItemCollection();
        models.stream().distinct().sorted(Comparator.comparingInt(Comparison::modelOrder).thenComparing(m -> m))
                .forEach(m ->
                modelItems.add(new LegendItem(m, null, null, null, true, Palette.shape(m), true, MODEL_KEY, false,
                        MODEL_KEY, new BasicStroke(1f), true, new Line2D.Double(-22, 0, 22, 0), Palette.stroke(m),
                        MODEL_KEY)));
        // titles at the bottom edge are stacked from the edge inwards: the first added is the lowest
        for (LegendItemCollection items : List.of(modelItems, machines)) {
            LegendTitle legend = new LegendTitle(() -> items);
            ChartStyle.styleLegend(legend, new RectangleInsets(2, 10, 2, 22));
            chart.addSubtitle(legend);
        }
        chart.setPadding(new RectangleInsets(10, 10, 10, 24));
        return chart;
    }
}

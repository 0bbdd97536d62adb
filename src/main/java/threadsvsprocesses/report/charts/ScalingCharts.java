package threadsvsprocesses.report.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeriesCollection;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.format.Titles;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RunRows;
import threadsvsprocesses.run.MachineInfo;

import java.awt.Paint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The two charts of a CPU-bound workload (countdown, squares): time per operation against workers, and speedup over
 * single-thread against workers, both with a marker at the core count. Charts whose data is absent are skipped.
 */
public final class ScalingCharts {

    private ScalingCharts() {
    }

    /**
     * Draws {@code <workload>-time} (the JVM's models) and {@code <workload>-speedup} (every runtime's, each over its
     * own single thread) into {@code dir}, and where CPython's models were measured too {@code <workload>-per-unit}
     * (time per step or term of both runtimes, whose sizes differ); returns the PNGs written.
     */
    public static List<Path> write(String workload, RunRows allRows, MachineInfo machine, Path dir) {
        List<ResultRow> measured = allRows.measured(workload);
        List<ResultRow> jvm = atMostCommonCount(measured.stream().filter(r -> !r.cpython()).toList());
        List<ResultRow> cpython = new ArrayList<>();
        measured.stream().filter(ResultRow::cpython).map(ResultRow::runtime).distinct().forEach(runtime ->
                cpython.addAll(atMostCommonCount(measured.stream().filter(r -> r.runtime().equals(runtime)).toList())));
        List<Path> written = new ArrayList<>();
        Optional<ResultRow> baseline = jvm.stream().filter(ResultRow::baseline).findFirst();
        List<ResultRow> others = jvm.stream().filter(r -> !r.baseline()).toList();
        String size = jvm.isEmpty() ? "" : "count = " + Figures.count(Series.parse(jvm.get(0).count()));
        if (!others.isEmpty()) {
            written.add(ChartFiles.save(timeChart(workload, size, others, baseline, machine), dir, workload + "-time"));
        }
        List<ResultRow> speedups = new ArrayList<>(baseline.isPresent() ? others : List.of());
        cpython.stream().filter(r -> !r.baseline() && !Double.isNaN(r.speedup())).forEach(speedups::add);
        if (!speedups.isEmpty()) {
            String sizes = cpython.isEmpty() ? size : sizes(jvm, cpython);
            written.add(ChartFiles.save(speedupChart(workload, sizes, speedups, machine), dir, workload + "-speedup"));
        }
        if (!cpython.isEmpty()) {
            List<ResultRow> both = new ArrayList<>(jvm);
            both.addAll(cpython);
            written.add(ChartFiles.save(PerUnitChart.of(workload, both, machine), dir, workload + "-per-unit"));
        }
        return written;
    }

    /** The rows at the count most of them have (the profile's size; others were asked with -p). */
    private static List<ResultRow> atMostCommonCount(List<ResultRow> rows) {
        Optional<String> count = Series.mostCommon(rows, ResultRow::count);
        return count.map(c -> rows.stream().filter(r -> r.count().equals(c)).toList()).orElse(List.of());
    }

    /** "JVM 50M, CPython 3.11 400k" (the counts). */
    private static String sizes(List<ResultRow> jvm, List<ResultRow> cpython) {
        List<String> parts = new ArrayList<>();
        if (!jvm.isEmpty()) {
            parts.add(ResultRow.JVM + " " + Figures.compact(Series.parse(jvm.get(0).count())));
        }
        cpython.stream().map(r -> "CPython " + ResultRow.shortRuntime(r.runtime()) + " "
                + Figures.compact(Series.parse(r.count()))).distinct().forEach(parts::add);
        return String.join(", ", parts);
    }

    private static JFreeChart timeChart(String workload, String size, List<ResultRow> rows,
                                        Optional<ResultRow> baseline, MachineInfo machine) {
        YIntervalSeriesCollection data = Series.byModel(rows, ResultRow::workers, ResultRow::scoreMs, ResultRow::errorMs);
        FixedTickLogAxis x = Axes.workers(Series.xValues(data), machine.cores());
        NumberAxis y = new NumberAxis("time per operation (ms), lower is better");
        double top = Series.maxHigh(data);
        if (baseline.isPresent()) {
            top = Math.max(top, baseline.get().scoreMs() + zeroIfNaN(baseline.get().errorMs()));
        }
        y.setRange(0, top * 1.12);
        XYPlot plot = new XYPlot(Series.spread(data, x.getLowerBound(), x.getUpperBound()), x, y, Series.renderer(data));
        Map<String, Paint> lines = new LinkedHashMap<>();
        baseline.ifPresent(b -> {
            String label = "single-thread: " + Figures.duration(b.scoreMs());
            // label where the series are less likely to be: below the line if it is low but not at the bottom
            double share = b.scoreMs() / y.getUpperBound();
            Markers.horizontal(plot, b.scoreMs(), label, Palette.colour(b.model()), share < 0.5 && share > 0.045);
            lines.put(label, Palette.colour(b.model()));
        });
        Markers.cores(plot, machine.cores());
        return ChartParts.chart(Titles.of(workload) + ": time per operation by workers (" + size + ")", plot, machine,
                lines, true);
    }

    private static JFreeChart speedupChart(String workload, String size, List<ResultRow> rows, MachineInfo machine) {
        YIntervalSeriesCollection data = Series.byModel(rows, ResultRow::workers, ResultRow::speedup, r -> Double.NaN);
        TreeSet<Double> xs = Series.xValues(data);
        FixedTickLogAxis x = Axes.workers(xs, machine.cores());
        boolean cpython = rows.stream().anyMatch(ResultRow::cpython);
        NumberAxis y = new NumberAxis(cpython ? "speedup over its runtime's one thread (\u00d7), higher is better"
                : "speedup over single-thread (\u00d7), higher is better");
        XYPlot plot = new XYPlot(Series.spread(data, x.getLowerBound(), x.getUpperBound()), x, y, Series.renderer(data));

        XYSeries ideal = idealSeries(xs.first(), xs.last(), machine.cores());
        XYLineAndShapeRenderer idealRenderer = new XYLineAndShapeRenderer(true, false);
        idealRenderer.setSeriesPaint(0, ChartStyle.REFERENCE);
        idealRenderer.setSeriesStroke(0, ChartStyle.DASHED);
        plot.setDataset(1, new XYSeriesCollection(ideal));
        plot.setRenderer(1, idealRenderer);

        double top = Math.max(Series.maxHigh(data), ideal.getMaxY());
        y.setRange(0, Math.max(top * 1.12, 1.5));
        Markers.cores(plot, machine.cores());
        JFreeChart chart = new JFreeChart(Titles.of(workload) + (cpython ? ": speedup over one thread"
                : ": speedup over single-thread by workers") + " (" + size + ")",
                ChartStyle.TITLE, plot, true);
        ChartStyle.style(chart, ChartParts.subtitle(machine));
        return chart;
    }

    /**
     * speedup = workers up to the core count, flat after it; sampled densely so it draws right on a log axis.
     * Starts at the smallest worker level {@code from} (no speedup is defined below it) and ends at the largest
     * worker level or the core count, whichever is further right.
     */
    static XYSeries idealSeries(double from, double to, int cores) {
        XYSeries ideal = new XYSeries("ideal (speedup = workers, up to " + cores + " cores)");
        double lo = from;
        double hi = Math.max(to, cores);
        int steps = 64;
        for (int i = 0; i <= steps; i++) {
            double w = lo * Math.pow(hi / lo, (double) i / steps);
            ideal.add(w, cores > 0 ? Math.min(w, cores) : w);
        }
        if (cores > 0 && cores > lo && cores < hi) {
            ideal.add(cores, cores); // the knee exactly
        }
        return ideal;
    }

    private static double zeroIfNaN(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}

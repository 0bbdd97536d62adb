package threadsvsprocesses.report.charts;

import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RowBuilder;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeriesCollection;
import threadsvsprocesses.run.MachineInfo;

import java.awt.Paint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /** Draws {@code <workload>-time} and {@code <workload>-speedup} into {@code dir}; returns the PNGs written. */
    public static List<Path> write(String workload, List<ResultRow> allRows, MachineInfo machine, Path dir) {
        List<ResultRow> measured = allRows.stream().filter(r -> workload.equals(r.workload()) && r.measured()).toList();
        Optional<String> count = SeriesData.mostCommon(measured, ResultRow::count);
        if (count.isEmpty()) {
            return List.of();
        }
        List<ResultRow> rows = measured.stream().filter(r -> r.count().equals(count.get())).toList();
        Optional<ResultRow> baseline = rows.stream()
                .filter(r -> RowBuilder.BASELINE_MODEL.equals(r.model())).findFirst();
        List<ResultRow> others = rows.stream().filter(r -> !RowBuilder.BASELINE_MODEL.equals(r.model())).toList();
        if (others.isEmpty()) {
            return List.of();
        }
        String size = "count = " + FixedTickLogAxis.label(SeriesData.parse(count.get()));
        List<Path> written = new ArrayList<>();
        written.add(ChartSupport.save(timeChart(workload, size, others, baseline, machine), dir, workload + "-time"));
        if (baseline.isPresent()) {
            written.add(ChartSupport.save(speedupChart(workload, size, others, machine), dir, workload + "-speedup"));
        }
        return written;
    }

    private static JFreeChart timeChart(String workload, String size, List<ResultRow> rows,
                                        Optional<ResultRow> baseline, MachineInfo machine) {
        YIntervalSeriesCollection data = SeriesData.byModel(rows, ResultRow::workers, ResultRow::scoreMs, true);
        TreeSet<Double> xs = SeriesData.xValues(data);
        FixedTickLogAxis x = new FixedTickLogAxis("workers (threads or processes), log\u2082 scale", 2, xs,
                coreExtent(machine));
        NumberAxis y = new NumberAxis("time per operation (ms), lower is better");
        double top = SeriesData.maxHigh(data);
        if (baseline.isPresent()) {
            top = Math.max(top, baseline.get().scoreMs() + zeroIfNaN(baseline.get().errorMs()));
        }
        y.setRange(0, top * 1.12);
        XYPlot plot = new XYPlot(SeriesData.spread(data, x.getLowerBound(), x.getUpperBound()), x, y,
                SeriesData.renderer(data));
        Map<String, Paint> lines = new LinkedHashMap<>();
        baseline.ifPresent(b -> {
            String label = "single-thread: " + ms(b.scoreMs());
            // label where the series are less likely to be: below the line if it is low but not at the bottom
            double share = b.scoreMs() / y.getUpperBound();
            ChartSupport.addHorizontalLine(plot, b.scoreMs(), label, ChartSupport.colour(b.model()),
                    share < 0.5 && share > 0.045);
            lines.put(label, ChartSupport.colour(b.model()));
        });
        ChartSupport.addCoreMarker(plot, machine.cores());
        SeriesData.legendWithLines(plot, lines);
        JFreeChart chart = new JFreeChart(title(workload) + ": time per operation by workers (" + size + ")",
                ChartSupport.TITLE, plot, true);
        ChartSupport.style(chart, machine);
        return chart;
    }

    private static JFreeChart speedupChart(String workload, String size, List<ResultRow> rows, MachineInfo machine) {
        YIntervalSeriesCollection data = SeriesData.byModel(rows, ResultRow::workers, ResultRow::speedup, false);
        TreeSet<Double> xs = SeriesData.xValues(data);
        FixedTickLogAxis x = new FixedTickLogAxis("workers (threads or processes), log\u2082 scale", 2, xs,
                coreExtent(machine));
        NumberAxis y = new NumberAxis("speedup over single-thread (\u00d7), higher is better");
        XYPlot plot = new XYPlot(SeriesData.spread(data, x.getLowerBound(), x.getUpperBound()), x, y,
                SeriesData.renderer(data));

        XYSeries ideal = idealSeries(xs.first(), xs.last(), machine.cores());
        XYLineAndShapeRenderer idealRenderer = new XYLineAndShapeRenderer(true, false);
        idealRenderer.setSeriesPaint(0, ChartSupport.REFERENCE);
        idealRenderer.setSeriesStroke(0, ChartSupport.DASHED);
        plot.setDataset(1, new XYSeriesCollection(ideal));
        plot.setRenderer(1, idealRenderer);

        double top = Math.max(SeriesData.maxHigh(data), ideal.getMaxY());
        y.setRange(0, Math.max(top * 1.12, 1.5));
        ChartSupport.addCoreMarker(plot, machine.cores());
        JFreeChart chart = new JFreeChart(title(workload) + ": speedup over single-thread by workers (" + size + ")",
                ChartSupport.TITLE, plot, true);
        ChartSupport.style(chart, machine);
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

    private static TreeSet<Double> coreExtent(MachineInfo machine) {
        TreeSet<Double> extent = new TreeSet<>();
        if (machine.cores() > 0) {
            extent.add((double) machine.cores());
        }
        return extent;
    }

    public static String title(String workload) {
        return workload.isEmpty() ? workload : Character.toUpperCase(workload.charAt(0)) + workload.substring(1);
    }

    static String ms(double v) {
        return v >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f ms", v)
                : v >= 1 ? String.format(Locale.ROOT, "%.2f ms", v) : String.format(Locale.ROOT, "%.3g ms", v);
    }

    private static double zeroIfNaN(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}

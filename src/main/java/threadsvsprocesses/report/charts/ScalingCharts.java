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
import threadsvsprocesses.report.rows.RowBuilder;
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

    /** Draws {@code <workload>-time} and {@code <workload>-speedup} into {@code dir}; returns the PNGs written. */
    public static List<Path> write(String workload, RunRows allRows, MachineInfo machine, Path dir) {
        List<ResultRow> measured = allRows.measured(workload);
        Optional<String> count = Series.mostCommon(measured, ResultRow::count);
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
        String size = "count = " + Figures.count(Series.parse(count.get()));
        List<Path> written = new ArrayList<>();
        written.add(ChartFiles.save(timeChart(workload, size, others, baseline, machine), dir, workload + "-time"));
        if (baseline.isPresent()) {
            written.add(ChartFiles.save(speedupChart(workload, size, others, machine), dir, workload + "-speedup"));
        }
        return written;
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
        NumberAxis y = new NumberAxis("speedup over single-thread (\u00d7), higher is better");
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
        JFreeChart chart = new JFreeChart(Titles.of(workload) + ": speedup over single-thread by workers (" + size + ")",
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

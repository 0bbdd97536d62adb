package threadsvsprocesses.report.compare;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import threadsvsprocesses.report.charts.ChartFiles;
import threadsvsprocesses.report.charts.ChartStyle;
import threadsvsprocesses.report.charts.FixedTickLogAxis;
import threadsvsprocesses.report.charts.Markers;
import threadsvsprocesses.report.charts.Palette;
import threadsvsprocesses.report.charts.SpeedupBands;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.BreakEven;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.SweepRows;

import java.awt.Paint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The comparison's task-size chart ({@code granularity-speedup}): every run's speedup curves of the sweep on one
 * plot, colour = machine, marker and line = model, each with its interval as a band ({@link SpeedupBands}). The x
 * axis is the work per task in each machine's own measured single-thread time, so a laptop's and a server's curves
 * read side by side although their steps run at different speeds and their sizes have different task counts. The
 * 1× line is shared; the ideal is each machine's core count, drawn once per core count (in the machine's colour
 * where one machine alone has it).
 */
final class SweepOverlayChart {

    private SweepOverlayChart() {
    }

    /** Draws the chart if at least one run has a sweep; returns the PNG written, or nothing. */
    static List<Path> write(Comparison c, Path dir) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<Integer> runs = new ArrayList<>();
        List<String> models = new ArrayList<>();
        for (int run = 0; run < c.runs().size(); run++) {
            List<ResultRow> rows = new ArrayList<>(c.runs().get(run).rows().values());
            Map<String, List<BreakEven.Point>> curves = SweepRows.curves(rows);
            for (String model : curves.keySet().stream().sorted(Comparator.comparingInt(Palette::order)
                    .thenComparing(m -> m)).toList()) {
                data.addSeries(SpeedupBands.series(c.labels().get(run) + " | " + model, curves.get(model)));
                runs.add(run);
                models.add(model);
            }
        }
        if (data.getSeriesCount() == 0) {
            return List.of();
        }
        // each core count once, with the runs that have it
        Map<Integer, List<Integer>> byCores = new TreeMap<>();
        runs.stream().distinct().forEach(run -> byCores.computeIfAbsent(c.runs().get(run).cores(),
                k -> new ArrayList<>()).add(run));
        double highest = Math.max(1, byCores.keySet().stream().mapToInt(Integer::intValue).max().orElse(1));
        FixedTickLogAxis x = SpeedupBands.workAxis(data);
        NumberAxis y = SpeedupBands.speedupAxis(data, highest);
        XYPlot plot = SpeedupBands.plot(data, x, y, s -> ComparisonCharts.machineColour(runs.get(s)), models::get);
        byCores.forEach((cores, with) -> {
            Paint paint = with.size() == 1 && byCores.size() > 1 ? ComparisonCharts.machineColour(with.get(0))
                    : ChartStyle.REFERENCE;
            Markers.horizontal(plot, cores, "ideal: " + Figures.ratio(cores) + " (" + cores
                    + (cores == 1 ? " core)" : " cores)"), paint, false);
        });
        SpeedupBands.oneLine(plot);
        JFreeChart chart = ComparisonCharts.chart(c, "Task size: speedup over own single-thread by work per task",
                plot, runs, models);
        return List.of(ChartFiles.save(chart, dir, "granularity-speedup"));
    }
}

package threadsvsprocesses.report.charts;

import threadsvsprocesses.report.rows.ResultRow;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.run.MachineInfo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The messaging charts (C6), against message size on a log scale, one series per channel: round-trip latency
 * ({@code round-trip-latency}), and one-way throughput in messages per second ({@code message-throughput-messages})
 * and in megabytes per second ({@code message-throughput-bytes}).
 */
public final class MessagingCharts {

    private MessagingCharts() {
    }

    /** Draws the charts whose experiments have measured rows; returns the PNGs written. */
    public static List<Path> write(List<ResultRow> rows, MachineInfo machine, Path dir) {
        List<Path> written = new ArrayList<>();
        List<ResultRow> latency = sized(ExperimentPlots.measured(rows, Experiment.ROUND_TRIP));
        if (!latency.isEmpty()) {
            YIntervalSeriesCollection data = SeriesData.byModel(latency, MessagingCharts::size, ResultRow::scoreMs,
                    ResultRow::errorMs);
            FixedTickLogAxis y = ExperimentPlots.durationAxis("time per round trip (log\u2081\u2080 scale), lower is better",
                    SeriesData.minLow(data), SeriesData.maxHigh(data));
            written.add(ChartSupport.save(chart("Round trip: one message there and back, by message size", data, y,
                    machine), dir, "round-trip-latency"));
        }
        List<ResultRow> throughput = sized(ExperimentPlots.measured(rows, Experiment.MESSAGE_THROUGHPUT));
        if (!throughput.isEmpty()) {
            YIntervalSeriesCollection messages = SeriesData.byModel(throughput, MessagingCharts::size,
                    MessagingCharts::perSecond, r -> perSecond(r) * relativeError(r));
            FixedTickLogAxis y = ExperimentPlots.countAxis("messages per second (log\u2081\u2080 scale), higher is better",
                    SeriesData.minLow(messages), SeriesData.maxHigh(messages));
            written.add(ChartSupport.save(chart("Throughput: messages per second one way, by message size", messages, y,
                    machine), dir, "message-throughput-messages"));

            ToDoubleFunction<ResultRow> megabytes = r -> perSecond(r) * size(r) / 1e6;
            YIntervalSeriesCollection bytes = SeriesData.byModel(throughput, MessagingCharts::size, megabytes,
                    r -> megabytes.applyAsDouble(r) * relativeError(r));
            FixedTickLogAxis yb = ExperimentPlots.countAxis(
                    "megabytes per second (10\u2076 B/s, log\u2081\u2080 scale), higher is better",
                    SeriesData.minLow(bytes), SeriesData.maxHigh(bytes));
            written.add(ChartSupport.save(chart("Throughput: megabytes per second one way, by message size", bytes, yb,
                    machine), dir, "message-throughput-bytes"));
        }
        return written;
    }

    private static XYPlot plot(YIntervalSeriesCollection data, FixedTickLogAxis y) {
        FixedTickLogAxis x = ExperimentPlots.sizeAxis("message size (log\u2082 scale)", SeriesData.xValues(data));
        return new XYPlot(SeriesData.spread(data, x.getLowerBound(), x.getUpperBound()), x, y,
                SeriesData.renderer(data));
    }

    private static org.jfree.chart.JFreeChart chart(String title, YIntervalSeriesCollection data, FixedTickLogAxis y,
                                                    MachineInfo machine) {
        return ExperimentPlots.chart(title, plot(data, y), machine, Map.of(), true);
    }

    private static List<ResultRow> sized(List<ResultRow> rows) {
        return rows.stream().filter(r -> size(r) > 0).toList();
    }

    private static double size(ResultRow r) {
        return SeriesData.parse(r.param("messageBytes"));
    }

    /** Messages per second: the inverse of the time per message. */
    static double perSecond(ResultRow r) {
        return 1000 / r.scoreMs();
    }

    private static double relativeError(ResultRow r) {
        return Double.isNaN(r.errorMs()) ? Double.NaN : r.errorMs() / r.scoreMs();
    }

}

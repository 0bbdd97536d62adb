package threadsvsprocesses.report.charts;

import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RunRows;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.experiments.messaging.ChannelKind;
import threadsvsprocesses.run.MachineInfo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The messaging charts (C6), against message size on a log scale, one series per channel: round-trip latency of
 * the blocking channels ({@code round-trip-latency}) and of the polling ones ({@code round-trip-polling}), each beside
 * the wake-up floor ({@code thread-park}) that every blocking round trip pays, and one-way throughput in messages per second ({@code message-throughput-messages})
 * and in megabytes per second ({@code message-throughput-bytes}).
 */
public final class MessagingCharts {

    private MessagingCharts() {
    }

    /** Draws the charts whose experiments have measured rows; returns the PNGs written. */
    public static List<Path> write(RunRows rows, MachineInfo machine, Path dir) {
        List<Path> written = new ArrayList<>();
        List<ResultRow> latency = sized(rows.measured(Experiment.ROUND_TRIP.label()));
        roundTrips(latency, false, "Round trip, blocking channels and the wake-up floor (thread-park), by message size",
                machine, dir, "round-trip-latency").ifPresent(written::add);
        roundTrips(latency, true, "Round trip, polling channels and the wake-up floor (thread-park), by message size",
                machine, dir, "round-trip-polling").ifPresent(written::add);
        List<ResultRow> throughput = sized(rows.measured(Experiment.MESSAGE_THROUGHPUT.label()));
        if (!throughput.isEmpty()) {
            YIntervalSeriesCollection messages = Series.byModel(throughput, MessagingCharts::size,
                    MessagingCharts::perSecond, r -> perSecond(r) * relativeError(r));
            FixedTickLogAxis y = Axes.count("messages per second (log\u2081\u2080 scale), higher is better",
                    Series.minLow(messages), Series.maxHigh(messages));
            written.add(ChartFiles.save(chart("Throughput: messages per second one way, by message size", messages, y,
                    machine), dir, "message-throughput-messages"));

            ToDoubleFunction<ResultRow> megabytes = r -> perSecond(r) * size(r) / 1e6;
            YIntervalSeriesCollection bytes = Series.byModel(throughput, MessagingCharts::size, megabytes,
                    r -> megabytes.applyAsDouble(r) * relativeError(r));
            FixedTickLogAxis yb = Axes.count(
                    "megabytes per second (10\u2076 B/s, log\u2081\u2080 scale), higher is better",
                    Series.minLow(bytes), Series.maxHigh(bytes));
            written.add(ChartFiles.save(chart("Throughput: megabytes per second one way, by message size", bytes, yb,
                    machine), dir, "message-throughput-bytes"));
        }
        return written;
    }

    /**
     * The round trips of the blocking channels, or of the polling ones, each with the wake-up floor
     * ({@code thread-park}) beside them; nothing when no channel of the kind was measured.
     */
    private static Optional<Path> roundTrips(List<ResultRow> latency, boolean polling, String title,
                                             MachineInfo machine, Path dir, String name) {
        List<ResultRow> shown = latency.stream().filter(r -> shows(r, polling)).toList();
        if (shown.stream().allMatch(r -> floor(r))) {
            return Optional.empty();
        }
        YIntervalSeriesCollection data = Series.byModel(shown, MessagingCharts::size, ResultRow::scoreMs,
                ResultRow::errorMs);
        FixedTickLogAxis y = Axes.duration("time per round trip (log\u2081\u2080 scale), lower is better",
                Series.minLow(data), Series.maxHigh(data));
        return Optional.of(ChartFiles.save(chart(title, data, y, machine), dir, name));
    }

    private static boolean shows(ResultRow r, boolean polling) {
        return floor(r) || channel(r).map(c -> c.polls() == polling).orElse(!polling);
    }

    private static boolean floor(ResultRow r) {
        return channel(r).map(c -> c == ChannelKind.THREAD_PARK).orElse(false);
    }

    private static Optional<ChannelKind> channel(ResultRow r) {
        try {
            return Optional.of(ChannelKind.byLabel(r.model()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static XYPlot plot(YIntervalSeriesCollection data, FixedTickLogAxis y) {
        FixedTickLogAxis x = Axes.sizes("message size (log\u2082 scale)", Series.xValues(data));
        return new XYPlot(Series.spread(data, x.getLowerBound(), x.getUpperBound()), x, y,
                Series.renderer(data));
    }

    private static org.jfree.chart.JFreeChart chart(String title, YIntervalSeriesCollection data, FixedTickLogAxis y,
                                                    MachineInfo machine) {
        return ChartParts.chart(title, plot(data, y), machine, Map.of(), true);
    }

    private static List<ResultRow> sized(List<ResultRow> rows) {
        return rows.stream().filter(r -> size(r) > 0).toList();
    }

    private static double size(ResultRow r) {
        return r.number("messageBytes");
    }

    /** Messages per second: the inverse of the time per message. */
    static double perSecond(ResultRow r) {
        return 1000 / r.scoreMs();
    }

    private static double relativeError(ResultRow r) {
        return Double.isNaN(r.errorMs()) ? Double.NaN : r.errorMs() / r.scoreMs();
    }

}

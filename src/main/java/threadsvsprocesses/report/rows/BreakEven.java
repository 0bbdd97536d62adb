package threadsvsprocesses.report.rows;

import java.util.List;

/**
 * Where a speedup curve crosses a threshold (1: beats one thread; 0.9 × cores: near the ideal), interpolated
 * log-linearly in the work per task between the two measured sizes around the crossing. The curve is read from its
 * smallest size up: the crossing lies after the last size whose speedup is below the threshold. The interval comes
 * from the intervals of the points: the upper ends of the speedups cross first (the smallest size it may be), the
 * lower ends last (the largest). Data only: no charts, no text.
 */
public final class BreakEven {

    /** One measured size: work per task (µs of single-thread time) and the speedup there with its interval. */
    public record Point(double micros, double speedup, double low, double high) {

        /** A point whose interval is unknown: its ends are the speedup itself. */
        public static Point exact(double micros, double speedup) {
            return new Point(micros, speedup, speedup, speedup);
        }
    }

    /** Where the estimate lies against the sizes measured. */
    public enum Where {
        /** Between two measured sizes. */
        INSIDE,
        /** At or below the smallest size measured: already past the threshold there. */
        BELOW_RANGE,
        /** Above the largest size measured: not past the threshold there. */
        ABOVE_RANGE,
        /** No point measured. */
        NONE
    }

    /**
     * A crossing: the size estimated and its interval, in µs of work per task. Beyond the range, a figure is the edge
     * of the range ({@code where} says which side); {@code lowOpen}/{@code highOpen} say that the interval's end lies
     * beyond the range measured (it may be smaller, or larger, than the edge given).
     */
    public record Crossing(double micros, double low, double high, Where where, boolean lowOpen, boolean highOpen) {

        /** True if the estimate and both ends of its interval lie inside the range measured. */
        public boolean certain() {
            return where == Where.INSIDE && !lowOpen && !highOpen;
        }
    }

    private BreakEven() {
    }

    /** The crossing of {@code threshold} by {@code points}, given in order of increasing work per task. */
    public static Crossing of(List<Point> points, double threshold) {
        if (points.isEmpty()) {
            return new Crossing(Double.NaN, Double.NaN, Double.NaN, Where.NONE, true, true);
        }
        double[] x = points.stream().mapToDouble(Point::micros).toArray();
        Edge mid = cross(x, points.stream().mapToDouble(Point::speedup).toArray(), threshold);
        Edge early = cross(x, points.stream().mapToDouble(p -> Double.isNaN(p.high()) ? p.speedup() : p.high()).toArray(),
                threshold);
        Edge late = cross(x, points.stream().mapToDouble(p -> Double.isNaN(p.low()) ? p.speedup() : p.low()).toArray(),
                threshold);
        return new Crossing(mid.micros, Math.min(early.micros, mid.micros), Math.max(late.micros, mid.micros), mid.where,
                early.where == Where.BELOW_RANGE, late.where == Where.ABOVE_RANGE);
    }

    private record Edge(double micros, Where where) {
    }

    /** Where the curve {@code y} over {@code x} passes {@code t} for good (after its last point below). */
    private static Edge cross(double[] x, double[] y, double t) {
        int lastBelow = -1;
        for (int i = 0; i < y.length; i++) {
            if (!(y[i] >= t)) {
                lastBelow = i;
            }
        }
        if (lastBelow < 0) {
            return new Edge(x[0], Where.BELOW_RANGE);
        }
        if (lastBelow == y.length - 1) {
            return new Edge(x[x.length - 1], Where.ABOVE_RANGE);
        }
        int i = lastBelow;
        double share = Double.isNaN(y[i]) || y[i + 1] == y[i] ? 1 : (t - y[i]) / (y[i + 1] - y[i]);
        double lx = Math.log(x[i]) + share * (Math.log(x[i + 1]) - Math.log(x[i]));
        return new Edge(Math.exp(lx), Where.INSIDE);
    }
}

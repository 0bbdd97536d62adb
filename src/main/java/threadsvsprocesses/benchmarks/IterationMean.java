package threadsvsprocesses.benchmarks;

import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The value an {@code @AuxCounters(EVENTS)} secondary metric reports so that JMH's score is the mean of the
 * measured iterations' means: for {@code lostUpdates}, {@code stoppedFraction} and {@code rssBytesPerHolder}.
 *
 * <p>How JMH 1.37 handles such a counter (read in its sources: {@code StateObjectHandler.getAuxResults},
 * {@code ScalarResult}, {@code BenchmarkResult.getSecondaryResults}, {@code RunResult.getAggregatedResult}): an
 * {@code EVENTS} counter is reported in every mode, avgt included, as a {@code ScalarResult} with unit {@code #}
 * and {@code AggregationPolicy.SUM}. Its public fields are set to 0 before each iteration and its public fields and
 * getters are read after it; the JSON's {@code score} is the SUM of those per-iteration values over every measured
 * iteration of every fork (warm-up iterations are printed but left out; scoreError is NaN), and {@code rawData}
 * holds them one per iteration. ({@code OPERATIONS} counters would be divided into the iteration's time instead.)
 *
 * <p>So each iteration reports its own mean divided by the number of measured iterations in the run (measurement
 * iterations times forks, both known to each fork from its {@link BenchmarkParams}): their sum is the mean of the
 * iterations' means. Consequence for readers of {@code rawData}: each raw value times the number of raw values is
 * that iteration's mean.
 *
 * <p>Use: the {@code @AuxCounters} state class keeps only the public field or getter named after the metric (JMH
 * takes the metric's name from it) and delegates here: {@link #trial} from its {@code @Setup(Level.Trial)} method,
 * {@link #startIteration} from its {@code @Setup(Level.Iteration)} method, {@link #add} per operation, and reports
 * {@link #share}. Plain Java, so that a unit test can drive it as JMH does.
 */
public final class IterationMean {

    private int measuredIterations = 1;
    private double sum;
    private long count;

    /** Reads how many measured iterations the run has: measurement iterations x forks (1 fork with -f 0). */
    public void trial(BenchmarkParams params) {
        trial(params.getMeasurement().getCount(), params.getForks());
    }

    /** {@link #trial(BenchmarkParams)} with the numbers themselves; at least 1 of each is counted. */
    public void trial(int measurementIterations, int forks) {
        measuredIterations = Math.max(1, measurementIterations) * Math.max(1, forks);
    }

    /** Forgets the previous iteration's values. */
    public void startIteration() {
        sum = 0;
        count = 0;
    }

    /** One value of this iteration (one operation's figure). */
    public void add(double value) {
        sum += value;
        count++;
    }

    /** True until {@link #add} is called in this iteration. */
    public boolean isEmpty() {
        return count == 0;
    }

    /** This iteration's mean divided by the run's measured iterations; NaN if nothing was added this iteration. */
    public double share() {
        return count == 0 ? Double.NaN : sum / count / measuredIterations;
    }
}

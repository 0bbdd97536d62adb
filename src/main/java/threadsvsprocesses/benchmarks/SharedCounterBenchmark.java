package threadsvsprocesses.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import threadsvsprocesses.execution.ParentWatch;
import threadsvsprocesses.experiments.counter.CounterKind;
import threadsvsprocesses.experiments.counter.SharedCounter;

import java.util.concurrent.TimeUnit;

/**
 * Claims C7 and C8: many workers add 1 to one shared counter, {@code increments} times each.
 *
 * <p>Measures: milliseconds for one round (all workers, all increments), and {@code lostUpdates}, the mean number
 * of increments per round that the final value does not show ({@code workers * increments - final value}).
 *
 * <p>Expect: {@code unsynchronized} (threads, {@code x = x + 1} with no lock and no fence: VarHandle opaque access,
 * which C2 can neither hoist out of the loop nor merge) loses updates as soon as 2 workers run at once, and how many
 * varies from round to round; with 1 worker it loses none. It loses them only while workers really run at the same
 * moment on different cores: on a loaded machine, where they take turns on one core, it may lose few or none.
 * {@code volatile} (the same on a volatile field) loses them too, and costs more: a fence per store. {@code
 * synchronized}, {@code atomic} and {@code adder} lose none; under contention the lock costs most (tens of ns per
 * increment, the lock bouncing between cores), the atomic a few ns, the adder least (each thread adds to a cell of
 * its own). {@code process-private} child JVMs each count on a private (copy-on-write) copy of the parent's counter
 * page: the parent's counter, read as the children left it, stays 0, so every update is "lost" (processes share
 * nothing). {@code process-mapped} child JVMs add atomically to the same page mapped shared and lose none, at about
 * the cost of the atomic between threads (the same instruction on the same kind of memory) plus a pipe message per
 * child per round. Child JVMs and threads are started once per trial, and every round starts behind a start gate
 * (a latch for threads, a flag in the mapped file for child JVMs); a round measures the counting, not start-up.
 *
 * <p>The final value is returned, so JMH consumes it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 10, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(2)
public class SharedCounterBenchmark {

    /** How the workers share the counter: threads with no lock, a volatile, a lock, an atomic, an adder; or child JVMs. */
    @Param({"unsynchronized", "volatile", "synchronized", "atomic", "adder", "process-private", "process-mapped"})
    public String counter;

    /** Threads or child JVMs adding to the counter; 0 means all available cores, resolved at setup. */
    @Param("0")
    public int workers;

    /** Increments each worker makes per round. */
    @Param("1000000")
    public long increments;

    private SharedCounter shared;

    @Setup(Level.Trial)
    public void startWorkers() throws Exception {
        // A fork whose host JVM was killed stops at once, and takes its child JVMs with it.
        ParentWatch.installIfParentIsOurs();
        CounterKind kind = CounterKind.byLabel(counter);
        if (increments < 1) {
            throw new IllegalArgumentException("increments must be at least 1, got " + increments);
        }
        shared = kind.create(ExecutionBenchmark.resolveWorkers(workers));
    }

    @TearDown(Level.Trial)
    public void stopWorkers() {
        if (shared != null) {
            shared.close();
        }
    }

    @Benchmark
    public long counter(LostUpdates lost) throws Exception {
        long value = shared.addAll(increments);
        lost.record(shared.lostUpdates(increments, value));
        return value;
    }

    /** The {@code lostUpdates} secondary metric: the mean lost updates per round ({@link IterationMean}). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class LostUpdates {

        /** This iteration's share of the run's mean lost updates per round (see {@link IterationMean}). */
        public double lostUpdates;

        private final IterationMean mean = new IterationMean();

        @Setup(Level.Trial)
        public void countMeasuredIterations(BenchmarkParams params) {
            mean.trial(params);
        }

        @Setup(Level.Iteration)
        public void startIteration() {
            mean.startIteration();
        }

        void record(long lost) {
            mean.add(lost);
            lostUpdates = mean.share();
        }
    }
}

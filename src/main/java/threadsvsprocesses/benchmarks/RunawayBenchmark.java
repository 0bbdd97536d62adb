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
import threadsvsprocesses.experiments.runaway.RunawayWorker;

import java.util.concurrent.TimeUnit;

/**
 * Claim C9, "a process can be killed from outside; a thread cannot": the time to stop a runaway worker that
 * spins forever and never checks for interruption ({@link RunawayWorker}).
 *
 * <p>Measures: milliseconds from the stop request until the worker is gone, or {@code waitMillis} if it is still
 * there then. The request is {@code Thread.interrupt()} for a {@code platform-thread} or {@code virtual-thread}
 * and {@code Process.destroy()} (SIGTERM) for a {@code child-jvm}. Secondary metric {@code stoppedFraction}: the
 * fraction of operations in which the request stopped the worker.
 *
 * <p>Expect: threads are never stopped (stoppedFraction 0, score = waitMillis): an interrupt is only a flag, and
 * {@code Thread.stop()} throws UnsupportedOperationException since JDK 20. The child JVM is always stopped
 * (stoppedFraction 1) within a few milliseconds, the time its JVM takes to shut down on SIGTERM.
 *
 * <p>Each operation stops one worker, so a fresh one is started and seen spinning in a per-invocation
 * {@code @Setup}, outside the measured time (JMH times each call on its own when there are per-invocation
 * fixtures; a call lasts milliseconds, far above that timing's overhead). The per-invocation {@code @TearDown}
 * then ends it by the harness's own means (a cooperative flag for threads, SIGKILL for the child) and waits until
 * it is gone, so no spinning thread or child JVM outlives an operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class RunawayBenchmark {

    /** What runs away: platform-thread, virtual-thread or child-jvm. */
    @Param({"platform-thread", "virtual-thread", "child-jvm"})
    public String worker;

    /** How long to wait for the worker to go after the stop request, in milliseconds. */
    @Param("200")
    public long waitMillis;

    private RunawayWorker running;

    @Setup(Level.Trial)
    public void checkParams() {
        ParentWatch.installIfParentIsOurs();
        if (waitMillis < 1) {
            throw new IllegalArgumentException("waitMillis must be at least 1, got " + waitMillis);
        }
    }

    @Setup(Level.Invocation)
    public void startWorker() throws Exception {
        running = RunawayWorker.start(worker);
    }

    @TearDown(Level.Invocation)
    public void endWorker() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    /** Ends a worker left running should an operation fail before its per-invocation tear-down. */
    @TearDown(Level.Trial)
    public void endLeftWorker() {
        endWorker();
    }

    @Benchmark
    public boolean runaway(Stops stops) throws InterruptedException {
        running.requestStop();
        boolean stopped = running.awaitGone(waitMillis);
        stops.record(stopped);
        return stopped;
    }

    /** The secondary metric {@code stoppedFraction}: the mean fraction of stop requests that stopped the worker. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Stops {

        private final IterationMean mean = new IterationMean();

        @Setup(Level.Trial)
        public void countIterations(BenchmarkParams params) {
            mean.trial(params);
        }

        @Setup(Level.Iteration)
        public void reset() {
            mean.startIteration();
        }

        void record(boolean wasStopped) {
            mean.add(wasStopped ? 1 : 0);
        }

        /** This iteration's share of the mean fraction of stopped workers (see {@link IterationMean}); 0 if empty. */
        public double stoppedFraction() {
            return mean.isEmpty() ? 0 : mean.share();
        }
    }
}

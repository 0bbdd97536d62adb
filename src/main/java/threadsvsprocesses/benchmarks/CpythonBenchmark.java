package threadsvsprocesses.benchmarks;

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
import threadsvsprocesses.cpython.CpythonModel;
import threadsvsprocesses.cpython.PythonInterpreter;
import threadsvsprocesses.cpython.PythonWorker;
import threadsvsprocesses.execution.ParentWatch;
import threadsvsprocesses.execution.WorkerFailedException;
import threadsvsprocesses.execution.WorkerTimeouts;
import threadsvsprocesses.workload.Workload;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The tutorials' own runtime beside the JVM: the same three workloads (countdown, squares, sleep) under CPython's
 * models ({@link CpythonModel}), run by one Python interpreter per trial that executes the suite's worker script.
 *
 * <p>Measures: milliseconds from the request to the answer of one operation, which is the whole of the work under
 * the model (threads or processes started, run and joined, or the pool mapped over), plus a pipe round trip of
 * tens of microseconds. Expect with the GIL: cpython-thread no faster than cpython-single on countdown and squares
 * (about 600 ns per countdown step and 120 ns per term on a 2 GHz Xeon, several hundred times the JVM's), the
 * processes and the pool close to linear up to the cores less their start-up (fork about 4 ms, spawn about 60 ms per
 * process), and every model but cpython-single finishing the sleeping tasks in about one sleep. A free-threaded build
 * (3.13t) lets cpython-thread scale.
 *
 * <p>The pitfall this avoids: a Python benchmark run by a shell script and timed from outside would include the
 * interpreter's start and import (tens of milliseconds). Here the interpreter starts in {@code @Setup}, once per
 * trial, and JMH times only the request. Every answer is checked against the checksum the JVM's own workload gives
 * for the same work, so a worker that skipped work, or ran other work, fails the cell instead of scoring.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(2)
public class CpythonBenchmark {

    /** The interpreter: a name on the PATH or a path ({@code --python PATH}). */
    @Param(PythonInterpreter.DEFAULT_COMMAND)
    public String python;

    /**
     * What the planner found {@link #python} to be ({@link PythonInterpreter#runtime()}, e.g. {@code CPython 3.11.7
     * (GIL)}); the trial refuses to run if the interpreter is something else by now. Empty: not checked.
     */
    @Param("")
    public String runtime;

    /** The CPython model. */
    @Param({"cpython-single", "cpython-thread", "cpython-process-fork", "cpython-process-forkserver",
            "cpython-process-spawn", "cpython-pool"})
    public String model;

    /** Threads or processes to split the work over; 0 means all available cores, resolved at setup. */
    @Param("0")
    public int workers;

    /** Countdown steps (a multiple of 10,000) or squares terms in all; smaller than the JVM's, CPython being slower. */
    @Param("400000")
    public long count;

    /** Sleep: how many tasks run in one operation. */
    @Param("10")
    public int tasks;

    /** Sleep: how long each task sleeps before computing its result, in milliseconds. */
    @Param("100")
    public long sleepMillis;

    private CpythonModel cpythonModel;
    private int resolvedWorkers;
    private PythonWorker worker;
    private Duration timeout;
    private Map<Workload, Long> expected;

    @Setup(Level.Trial)
    public void startInterpreter() throws IOException, WorkerFailedException, InterruptedException {
        ParentWatch.installIfParentIsOurs();
        cpythonModel = CpythonModel.byLabel(model);
        resolvedWorkers = ExecutionBenchmark.resolveWorkers(workers);
        PythonInterpreter interpreter = PythonInterpreter.probe(python);
        if (!runtime.isEmpty() && !runtime.equals(interpreter.runtime())) {
            throw new IllegalStateException(python + " is " + interpreter.runtime() + " now; the run was planned"
                    + " with " + runtime);
        }
        if (!interpreter.offers(cpythonModel)) {
            throw new IllegalStateException("unsupported on this machine: " + interpreter.runtime() + " has no "
                    + cpythonModel.startMethod().orElseThrow() + " start method");
        }
        timeout = WorkerTimeouts.jobTimeout();
        expected = checksums(count, tasks);
        worker = PythonWorker.start(python, timeout);
    }

    @TearDown(Level.Trial)
    public void stopInterpreter() {
        if (worker != null) {
            worker.close();
        }
    }

    /** Seed 003's countdown of {@code count} steps, the JVM's xorshift steps, under the CPython model. */
    @Benchmark
    public long countdown() throws Exception {
        return operate(Workload.COUNTDOWN, count, 0);
    }

    /** Seeds 000 and 001's sum of squares below {@code count}, under the CPython model. */
    @Benchmark
    public long squares() throws Exception {
        return operate(Workload.SQUARES, count, 0);
    }

    /** Seed 004's {@code tasks} tasks, each sleeping {@code sleepMillis} and then computing a small result. */
    @Benchmark
    public long sleep() throws Exception {
        return operate(Workload.SLEEP, tasks, sleepMillis);
    }

    private long operate(Workload workload, long size, long millis) throws Exception {
        long answer = worker.run(workload.label(), size, cpythonModel, resolvedWorkers, millis, timeout);
        Long jvm = expected.get(workload);
        if (jvm == null || answer != jvm) {
            throw new IllegalStateException("the Python worker's " + workload.label() + " checksum " + answer
                    + " differs from the JVM's " + jvm + " for the same work");
        }
        return answer;
    }

    /**
     * The JVM's checksum of each workload at this trial's sizes (the sleep tasks' without their sleeps), computed in
     * setup so that no measured operation pays for it: a countdown of 400,000 steps takes the JVM under a millisecond.
     */
    private static Map<Workload, Long> checksums(long count, int tasks) throws InterruptedException {
        Map<Workload, Long> sums = new EnumMap<>(Workload.class);
        if (count > 0 && count % 10_000 == 0) {
            sums.put(Workload.COUNTDOWN, Workload.COUNTDOWN.run(0, Workload.COUNTDOWN.units(count), 0));
        }
        if (count > 0) {
            sums.put(Workload.SQUARES, Workload.SQUARES.run(0, Workload.SQUARES.units(count), 0));
        }
        if (tasks > 0) {
            sums.put(Workload.SLEEP, Workload.SLEEP.run(0, tasks, 0));
        }
        return sums;
    }
}

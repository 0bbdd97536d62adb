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
import org.openjdk.jmh.annotations.Warmup;
import threadsvsprocesses.execution.ParentWatch;
import threadsvsprocesses.experiments.launch.LaunchMechanism;
import threadsvsprocesses.experiments.launch.Mechanism;
import threadsvsprocesses.experiments.startup.Starter;
import threadsvsprocesses.experiments.startup.StarterKind;

import java.util.concurrent.TimeUnit;

/**
 * Claim C11, "spawn is safe but slower, fork is faster": one process start-and-wait under each launch mechanism
 * the JDK offers, as {@code -Djdk.lang.Process.launchMechanism=<mechanism>} would choose it.
 *
 * <p>Measures: microseconds per start-and-wait of a {@code child-jvm} (a main that exits at once) or of
 * {@code native-process} ({@code /bin/true}), started by {@code POSIX_SPAWN} (the default on Linux: the JVM
 * posix_spawn()s the small {@code jspawnhelper}, which execs the target), {@code FORK} (fork() copies this JVM's
 * page tables, then execs) or {@code VFORK} (the child borrows the parent's memory until exec; deprecated in
 * JDK 25, which prints a warning at the first start, and rejected by any JDK that drops it).
 *
 * <p>Expect: POSIX_SPAWN and VFORK about equal; FORK slower, the more so the larger this JVM's heap and mappings,
 * since fork() copies page tables that exec() throws away. On {@code /bin/true} the gap is a large part of the
 * cost; on a child JVM it is lost in the JVM's own tens of milliseconds of start-up. Python's "fork is faster"
 * comes from fork() without exec(), which the JDK does not offer.
 *
 * <p>The mechanism is applied in {@code @Setup} before this fork starts any process ({@link LaunchMechanism} says
 * why that is reliable and refuses when it would not be). A mechanism this JDK rejects fails set-up with a
 * one-line error starting {@code unsupported on this JDK:}, for the cell to be recorded as skipped.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class LaunchBenchmark {

    /** How the JDK starts the process: POSIX_SPAWN, FORK or VFORK. */
    @Param({"POSIX_SPAWN", "FORK", "VFORK"})
    public Mechanism mechanism;

    /** What is started: child-jvm or native-process (the process kinds of {@link StarterKind}). */
    @Param({"child-jvm", "native-process"})
    public String process;

    private Starter starter;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        ParentWatch.installIfParentIsOurs();
        StarterKind kind = StarterKind.byLabel(process);
        if (!kind.isProcess()) {
            throw new IllegalArgumentException("process '" + process + "' starts no process; accepted: "
                    + StarterKind.CHILD_JVM.label() + ", " + StarterKind.NATIVE_PROCESS.label());
        }
        starter = kind.create();
        // The fork's first start: the JDK reads the mechanism here, and rejects it here if it does.
        LaunchMechanism.apply(mechanism.label(), starter::startAndJoin);
    }

    @Benchmark
    public long launch() throws Exception {
        return starter.startAndJoin();
    }
}

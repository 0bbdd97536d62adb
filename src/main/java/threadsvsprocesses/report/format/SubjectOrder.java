package threadsvsprocesses.report.format;

import threadsvsprocesses.cpython.CpythonModel;

import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.experiments.counter.CounterKind;
import threadsvsprocesses.experiments.launch.Mechanism;
import threadsvsprocesses.experiments.messaging.ChannelKind;
import threadsvsprocesses.experiments.pool.PoolKind;
import threadsvsprocesses.experiments.startup.StarterKind;

import java.util.List;

/**
 * The order in which models and the things experiments compare are listed in tables and drawn in charts: the single
 * thread first, then threads, virtual threads and processes, then launch mechanisms and counter variants. Labels
 * come from the enums that define them; a label none defines goes last.
 */
public final class SubjectOrder {

    private static final List<String> ORDER = List.of(
            ExecutionModel.SINGLE_THREAD.label(), ExecutionModel.MULTI_THREAD.label(),
            StarterKind.PLATFORM_THREAD.label(), PoolKind.THREAD_POOL_CHUNKED.label(),
            PoolKind.THREAD_POOL_PER_TASK.label(), ChannelKind.THREAD_PARK.label(), ChannelKind.THREAD_QUEUE.label(),
            ChannelKind.THREAD_RING.label(), ExecutionModel.VIRTUAL_THREAD.label(), ExecutionModel.MULTI_PROCESS.label(),
            StarterKind.CHILD_JVM.label(), StarterKind.CHILD_JVM_DEFAULT.label(), StarterKind.JAVA_VERSION.label(),
            StarterKind.NATIVE_PROCESS.label(), ChannelKind.PROCESS_PIPE.label(), ChannelKind.PROCESS_SOCKET.label(),
            ChannelKind.PROCESS_RING.label(), ChannelKind.PROCESS_PIPE_POLL.label(), ExecutionModel.PROCESS_POOL.label(),
            PoolKind.PROCESS_POOL_CHUNKED.label(), PoolKind.PROCESS_POOL_PER_TASK.label(),
            CpythonModel.CPYTHON_SINGLE.label(), CpythonModel.CPYTHON_THREAD.label(),
            CpythonModel.CPYTHON_PROCESS_FORK.label(), CpythonModel.CPYTHON_PROCESS_FORKSERVER.label(),
            CpythonModel.CPYTHON_PROCESS_SPAWN.label(), CpythonModel.CPYTHON_POOL.label(), Mechanism.POSIX_SPAWN.label(),
            Mechanism.FORK.label(), Mechanism.VFORK.label(), CounterKind.UNSYNCHRONIZED.label(),
            CounterKind.VOLATILE.label(), CounterKind.SYNCHRONIZED.label(),
            CounterKind.ATOMIC.label(), CounterKind.ADDER.label(), CounterKind.PROCESS_PRIVATE.label(),
            CounterKind.PROCESS_MAPPED.label());

    private SubjectOrder() {
    }

    /** Sort key of a model or subject: its place in the order, labels none defines last. */
    public static int of(String label) {
        int i = ORDER.indexOf(modelOf(label));
        return i < 0 ? ORDER.size() : i;
    }

    /**
     * The model a series name names: the name itself, or for a CPython series named with its runtime
     * ({@code cpython-thread 3.11}) the part before the space.
     */
    public static String modelOf(String seriesName) {
        int space = seriesName.indexOf(' ');
        return space > 0 && seriesName.startsWith(CpythonModel.PREFIX) ? seriesName.substring(0, space) : seriesName;
    }

    /** Every label in order (tests check that each has a look on the charts). */
    public static List<String> labels() {
        return ORDER;
    }
}

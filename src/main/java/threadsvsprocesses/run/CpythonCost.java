package threadsvsprocesses.run;

import threadsvsprocesses.cpython.CpythonModel;
import threadsvsprocesses.workload.Workload;

import java.util.Map;

/**
 * The estimated cost of CPython's cells, in seconds, from the worker script on a 2-core Xeon VM with CPython 3.11:
 * one countdown step and one term of squares on one core, the start and join of a thread and of a process under each
 * start method, the interpreter's own start, and a pool's. With the GIL, threads run the CPU-bound work one at a
 * time; a free-threaded build would be faster than this says, which only makes the estimate safe.
 */
final class CpythonCost {

    static final double COUNTDOWN_STEP = 6.0e-7;
    static final double SQUARES_TERM = 1.2e-7;
    static final double THREAD_START = 1.1e-4;
    static final double FORK = 4e-3;
    static final double FORKSERVER = 6e-3;
    /** CPU of a spawned child (a fresh interpreter importing the script); children start in parallel. */
    static final double SPAWN = 6e-2;
    /** Starting the interpreter on the worker script, and the benchmark's probe of it, in each fork. */
    static final double INTERPRETER = 0.08;
    /** Starting a pool of forked workers, at the first operation of each fork. */
    static final double POOL_START = 0.05;
    /** A forkserver's own start, at the first operation of each fork that uses it. */
    static final double FORKSERVER_START = 0.1;

    private final int cores;

    CpythonCost(int cores) {
        this.cores = Math.max(1, cores);
    }

    /** One operation of {@code workload} under the cell's CPython model. */
    double operation(Workload workload, Map<String, String> p) {
        CpythonModel model = CpythonModel.byLabel(p.get("model"));
        int workers = (int) OperationCost.number(p, "workers", 1);
        if (workload == Workload.SLEEP) {
            double tasks = OperationCost.number(p, "tasks", 1);
            double sleep = OperationCost.number(p, "sleepMillis", 100) / 1000.0;
            return switch (model) {
                case CPYTHON_SINGLE -> tasks * sleep;
                case CPYTHON_POOL -> Math.ceil(tasks / Math.max(1, workers)) * sleep;
                case CPYTHON_THREAD -> sleep + tasks * THREAD_START;
                default -> sleep + starts(model, tasks);
            };
        }
        double perUnit = workload == Workload.COUNTDOWN ? COUNTDOWN_STEP : SQUARES_TERM;
        double single = OperationCost.number(p, "count", 0) * perUnit;
        return switch (model) {
            case CPYTHON_SINGLE -> single;
            case CPYTHON_THREAD -> single + workers * THREAD_START;
            case CPYTHON_POOL -> single / Math.min(workers, cores);
            default -> single / Math.min(workers, cores) + starts(model, workers);
        };
    }

    /** Each fork's set-up: the interpreter, and a pool or forkserver started at the first operation. */
    double setup(Map<String, String> p) {
        CpythonModel model = CpythonModel.byLabel(p.get("model"));
        return INTERPRETER + switch (model) {
            case CPYTHON_POOL -> POOL_START;
            case CPYTHON_PROCESS_FORKSERVER -> FORKSERVER_START;
            default -> 0;
        };
    }

    /** Wall time to start and join {@code n} processes under {@code model}'s start method. */
    private double starts(CpythonModel model, double n) {
        return switch (model) {
            case CPYTHON_PROCESS_SPAWN -> n * SPAWN / Math.min(n, cores);
            case CPYTHON_PROCESS_FORKSERVER -> n * FORKSERVER;
            default -> n * FORK;
        };
    }
}

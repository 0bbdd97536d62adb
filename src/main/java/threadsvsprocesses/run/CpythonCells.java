package threadsvsprocesses.run;

import org.openjdk.jmh.runner.BenchmarkListEntry;
import threadsvsprocesses.cpython.CpythonModel;
import threadsvsprocesses.cpython.PythonInterpreter;
import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.workload.Workload;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cells of {@code CpythonBenchmark}: each interpreter ({@code python3} on the PATH, or those given with
 * {@code --python} or {@code -p python}) under each CPython model, on the workload its method names. An interpreter
 * that cannot be started, or a start method it lacks, makes SKIPPED cells with that reason, never missing ones.
 *
 * <p>CPython is several hundred times slower per step than the JVM, so its sizes are its own: a countdown of 400,000
 * steps and 2,000,000 terms of squares take about 0.25 s each on one core (long enough that a forked process's few
 * milliseconds of start-up do not decide C1); ten sleeping tasks. To keep a standard
 * run's CPython share near two minutes, the models run at 1 worker and at all cores, and the start methods beside
 * {@code fork} at all cores only; {@code -p workers} chooses other levels.
 */
final class CpythonCells {

    /** System property that makes a missing interpreter an error instead of skipped cells (CI sets it). */
    static final String REQUIRE_PROPERTY = "tvp.requirePython";
    static final long COUNTDOWN_STEPS = 400_000;
    static final long SQUARES_TERMS = 2_000_000;
    static final long SLEEP_TASKS = 10;
    /** The smoke profile's sizes: a functional check. */
    static final long SMOKE_COUNTDOWN_STEPS = 20_000;
    static final long SMOKE_SQUARES_TERMS = 100_000;

    private final CellPlanner planner;
    private final BenchmarkListEntry entry;
    private final Workload workload;
    private final List<String> interpreters;

    CpythonCells(CellPlanner planner, BenchmarkListEntry entry, Workload workload, List<String> interpreters) {
        this.planner = planner;
        this.entry = entry;
        this.workload = workload;
        this.interpreters = interpreters;
    }

    /** Whether a JMH benchmark name is one of CpythonBenchmark's methods. */
    static boolean isCpythonBenchmark(String benchmark) {
        return benchmark.startsWith("threadsvsprocesses.benchmarks.CpythonBenchmark.");
    }

    List<PlannedCell> cells() {
        List<CpythonModel> models = models();
        List<PlannedCell> cells = new ArrayList<>();
        for (String command : interpreters) {
            Optional<PythonInterpreter> found;
            String missing = "";
            try {
                found = Optional.of(PythonInterpreter.probe(command));
            } catch (IOException e) {
                if (Boolean.getBoolean(REQUIRE_PROPERTY)) {
                    throw new BadInputException(REQUIRE_PROPERTY + " is set, but " + e.getMessage());
                }
                found = Optional.empty();
                missing = "no Python interpreter: " + e.getMessage() + "; name one with --python PATH";
            }
            for (CpythonModel model : models) {
                for (String workers : workers(model)) {
                    Map<String, String> params = new LinkedHashMap<>();
                    params.put("model", model.label());
                    params.put("workers", workers);
                    params.put("python", command);
                    params.put("runtime", found.map(PythonInterpreter::runtime).orElse(""));
                    sizes(params);
                    String reason = found.isEmpty() ? missing : skipReason(found.get(), model, params);
                    cells.add(new PlannedCell(entry.getUsername(), workload.label(), params,
                            reason == null ? PlannedCell.Status.PLANNED : PlannedCell.Status.SKIPPED,
                            reason == null ? "" : reason, ""));
                }
            }
        }
        return cells;
    }

    /** The user's CPython models ({@code -p model}, JVM models left to the JVM's benchmarks), else all. */
    private List<CpythonModel> models() {
        Optional<List<String>> given = planner.userValues("model");
        if (given.isEmpty()) {
            return List.of(CpythonModel.values());
        }
        List<CpythonModel> chosen = new ArrayList<>();
        for (String label : given.get()) {
            String l = label.trim();
            if (CpythonModel.isCpython(l)) {
                try {
                    chosen.add(CpythonModel.byLabel(l));
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(e.getMessage());
                }
            }
        }
        return chosen;
    }

    private List<String> workers(CpythonModel model) {
        String cores = String.valueOf(planner.cores());
        if (model == CpythonModel.CPYTHON_SINGLE) {
            return List.of("1");
        }
        if (workload == Workload.SLEEP && (model.startsOnePerTask() || model == CpythonModel.CPYTHON_POOL)) {
            // one per task whatever the workers; the pool, as the JVM's, at all cores
            return List.of(cores);
        }
        if (planner.userValues("workers").isPresent()) {
            return planner.workerLevels(false);
        }
        boolean allLevels = model.startMethod().map(m -> m.equals("fork")).orElse(true);
        Set<String> levels = new LinkedHashSet<>(allLevels ? List.of("1", cores) : List.of(cores));
        return new ArrayList<>(levels);
    }

    private void sizes(Map<String, String> params) {
        boolean smoke = planner.profile() == Profile.SMOKE;
        if (workload == Workload.SLEEP) {
            params.put("tasks", one("tasks", String.valueOf(SLEEP_TASKS)));
            params.put("sleepMillis", one("sleepMillis", String.valueOf(planner.profile().sleepMillis)));
            return;
        }
        long own = workload == Workload.COUNTDOWN ? (smoke ? SMOKE_COUNTDOWN_STEPS : COUNTDOWN_STEPS)
                : (smoke ? SMOKE_SQUARES_TERMS : SQUARES_TERMS);
        String count = one("count", String.valueOf(own));
        try {
            workload.units(Long.parseLong(count));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        params.put("count", count);
    }

    /** The user's one value of {@code name} ({@code -p}), checked, else {@code own}. */
    private String one(String name, String own) {
        List<String> given = planner.userValues(name).orElse(List.of(own));
        return CellPlanner.checkNumber(name, given.get(0));
    }

    /** Why a cell is not run (a start method the interpreter lacks, the profile's caps), or null to run it. */
    private String skipReason(PythonInterpreter python, CpythonModel model, Map<String, String> params) {
        if (!python.offers(model)) {
            return python.runtime() + " has no " + model.startMethod().orElseThrow() + " start method on this machine"
                    + " (it has " + String.join(", ", python.startMethods()) + ")";
        }
        if (workload != Workload.SLEEP) {
            return null;
        }
        long tasks = Long.parseLong(params.get("tasks"));
        long sleep = Long.parseLong(params.get("sleepMillis"));
        Profile profile = planner.profile();
        if (model == CpythonModel.CPYTHON_SINGLE && tasks * sleep > profile.maxSequentialSleepMillis) {
            return "one thread sleeps " + tasks + " x " + sleep + " ms per operation, over the " + profile.label()
                    + " profile's cap of " + profile.maxSequentialSleepMillis + " ms";
        }
        if (model.startMethod().isPresent() && tasks > profile.maxChildJvms) {
            return tasks + " Python processes at once; the " + profile.label() + " profile allows "
                    + profile.maxChildJvms;
        }
        if (model == CpythonModel.CPYTHON_THREAD && tasks > profile.maxPlatformThreads) {
            return tasks + " Python threads at once; the " + profile.label() + " profile allows "
                    + profile.maxPlatformThreads;
        }
        return null;
    }

    /** Whether {@code label} names a model of either runtime; the error otherwise lists both families. */
    static void checkModelLabel(String label) {
        String l = label.trim();
        boolean jvm = java.util.Arrays.stream(ExecutionModel.values()).anyMatch(m -> m.label().equals(l));
        boolean cpython = java.util.Arrays.stream(CpythonModel.values()).anyMatch(m -> m.label().equals(l));
        if (!jvm && !cpython) {
            throw new BadInputException("unknown model '" + l + "'; accepted: " + ExecutionModel.labels() + ", "
                    + CpythonModel.labels());
        }
    }
}

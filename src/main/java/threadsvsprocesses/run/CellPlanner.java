package threadsvsprocesses.run;

import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.options.Options;
import threadsvsprocesses.cpython.CpythonModel;
import threadsvsprocesses.cpython.PythonInterpreter;
import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.run.PlannedCell;
import threadsvsprocesses.workload.Workload;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns the benchmarks in the jar, a profile and the user's JMH options into the list of cells to run: one per
 * benchmark and combination of parameter values. Parameter values come from the user's {@code -p} first, then the
 * profile, then the benchmark's own defaults. Cells a model cannot sensibly run (10,000 child JVMs at once, a
 * sequential sleep of minutes) are kept as SKIPPED with the reason, never dropped.
 */
public final class CellPlanner {

    /** More CPU workers than this is no experiment; sleeping tasks go far higher through {@code tasks}. */
    static final int MAX_WORKERS = 4096;

    private final Profile profile;
    private final Options user;
    private final int cores;
    private final BenchmarkList benchmarks;
    private final Set<String> userParameterNames;

    public CellPlanner(Profile profile, Options user, Set<String> userParameterNames, int cores, BenchmarkList benchmarks) {
        this.profile = profile;
        this.user = user;
        this.userParameterNames = userParameterNames;
        this.cores = cores;
        this.benchmarks = benchmarks;
    }

    public List<PlannedCell> plan(OutputFormat out) {
        for (String regex : concat(user.getIncludes(), user.getExcludes())) {
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new BadInputException("benchmark pattern '" + regex + "' is not a valid regular expression: "
                        + e.getDescription());
            }
        }
        Set<BenchmarkListEntry> entries = benchmarks.find(out, user.getIncludes(), user.getExcludes());
        if (entries.isEmpty()) {
            throw new BadInputException("no benchmark matches " + user.getIncludes() + (user.getExcludes().isEmpty() ? ""
                    : " excluding " + user.getExcludes()) + "; available: " + names(benchmarks.find(out, List.of(), List.of())));
        }
        checkParameterNames(entries);
        List<PlannedCell> cells = new ArrayList<>();
        for (BenchmarkListEntry entry : entries) {
            cells.addAll(cellsOf(entry));
        }
        checkChildJvmsFit(cells);
        return cells;
    }

    /**
     * Sizes the user asked for explicitly that would start more child JVMs at once than this machine's memory holds
     * are an error, before anything runs. (The profile's own levels beyond its cap are recorded as skipped.)
     */
    private void checkChildJvmsFit(List<PlannedCell> cells) {
        if (!userParameterNames.contains("tasks") && !userParameterNames.contains("workers")
                && !userParameterNames.contains("holders")) {
            return;
        }
        long capacity = childJvmCapacity();
        for (PlannedCell cell : cells) {
            long jvms = childJvmsAtOnce(cell);
            if (jvms > capacity) {
                String subject = Experiment.byLabel(cell.workload()).map(Experiment::subject).orElse("model");
                throw new BadInputException(cell.params().get(subject) + " " + cell.workload() + " would start " + jvms + " child JVMs at once;"
                        + " this machine's memory holds about " + capacity + " (" + CHILD_JVM_BYTES / (1024 * 1024)
                        + " MB each): choose fewer tasks or workers, or another model");
            }
        }
    }

    /** How many child JVMs a cell keeps alive at once: many for multi-process, none for a thread model. */
    static long childJvmsAtOnce(PlannedCell cell) {
        Optional<Experiment> experiment = Experiment.byLabel(cell.workload());
        if (experiment.isPresent()) {
            return ExperimentCells.childJvmsAtOnce(experiment.get(), cell.params());
        }
        if (!cell.params().get("model").equals(ExecutionModel.MULTI_PROCESS.label())) {
            return 0;
        }
        return Long.parseLong(cell.params().getOrDefault("tasks", cell.params().get("workers")));
    }

    /** Memory a child JVM takes, with headroom (about 41 MB resident when idle). */
    static final long CHILD_JVM_BYTES = 64L * 1024 * 1024;

    static long childJvmCapacity() {
        long memory = MachineProbe.memoryBytes();
        return memory > 0 ? Math.max(1, memory / CHILD_JVM_BYTES) : 256;
    }

    private List<PlannedCell> cellsOf(BenchmarkListEntry entry) {
        String method = entry.getUsername().substring(entry.getUsername().lastIndexOf('.') + 1);
        Optional<Experiment> experiment = Experiment.byMethod(method);
        if (experiment.isPresent()) {
            return new ExperimentCells(this, experiment.get(), entry).cells();
        }
        Workload workload = Workload.byName(method);
        if (CpythonCells.isCpythonBenchmark(entry.getUsername())) {
            List<String> pythons = userValues("python").orElse(List.of(PythonInterpreter.DEFAULT_COMMAND));
            return new CpythonCells(this, entry, workload, pythons).cells();
        }
        Map<String, String[]> defaults = entry.getParams().orElse(Map.of());
        Set<Map<String, String>> combinations = new LinkedHashSet<>();
        for (String model : values("model", defaults)) {
            CpythonCells.checkModelLabel(model);
            if (CpythonModel.isCpython(model.trim())) {
                continue; // CPython's models are CpythonBenchmark's
            }
            ExecutionModel m = parseModel(model);
            for (String workers : workerValues(workload, m, defaults)) {
                Map<String, String> first = new LinkedHashMap<>();
                first.put("model", m.label());
                first.put("workers", workers);
                List<Map<String, String>> partial = List.of(first);
                for (String name : new TreeSet<>(defaults.keySet())) {
                    if (name.equals("model") || name.equals("workers")) {
                        continue;
                    }
                    List<Map<String, String>> next = new ArrayList<>();
                    for (Map<String, String> combo : partial) {
                        for (String value : values(name, defaults)) {
                            Map<String, String> more = new LinkedHashMap<>(combo);
                            more.put(name, checkNumber(name, value));
                            next.add(more);
                        }
                    }
                    partial = next;
                }
                combinations.addAll(partial);
            }
        }
        List<PlannedCell> cells = new ArrayList<>();
        for (Map<String, String> params : combinations) {
            if (workload == Workload.COUNTDOWN) {
                try {
                    workload.units(Long.parseLong(params.get("count")));
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(e.getMessage());
                }
            }
            String reason = skipReason(workload, params);
            cells.add(new PlannedCell(entry.getUsername(), workload.label(), params,
                    reason == null ? PlannedCell.Status.PLANNED : PlannedCell.Status.SKIPPED,
                    reason == null ? "" : reason, ""));
        }
        return cells;
    }

    /**
     * Worker values, resolved (0 becomes the core count). Where a model ignores {@code workers} (single-thread; the
     * sleep workload's thread- and process-per-task models) only one value is kept, so no cell is run twice.
     */
    private List<String> workerValues(Workload workload, ExecutionModel model, Map<String, String[]> defaults) {
        boolean ignoresWorkers = model == ExecutionModel.SINGLE_THREAD
                || (workload == Workload.SLEEP && model.startsOnePerTask());
        if (ignoresWorkers) {
            return List.of(model == ExecutionModel.SINGLE_THREAD ? "1" : String.valueOf(cores));
        }
        return workerLevels(workload == Workload.SLEEP);
    }

    /**
     * The worker levels to run, resolved (0 becomes the core count): the user's {@code -p workers}, else all cores
     * where {@code allCoresOnly}, else the profile's levels.
     */
    List<String> workerLevels(boolean allCoresOnly) {
        return workerLevels(allCoresOnly, true);
    }

    /** As {@link #workerLevels(boolean)}, the profile's levels without twice the cores unless {@code twiceTheCores}. */
    List<String> workerLevels(boolean allCoresOnly, boolean twiceTheCores) {
        List<String> given = user.getParameter("workers").hasValue() ? List.copyOf(user.getParameter("workers").get())
                : allCoresOnly ? List.of("0")
                : profile.workerLevels(cores, twiceTheCores).stream().map(String::valueOf).toList();
        Set<String> resolved = new LinkedHashSet<>();
        for (String w : given) {
            int n = parseInt("workers", w);
            if (n < 0 || n > MAX_WORKERS) {
                throw new BadInputException("workers must be 0 (all cores) or a number up to " + MAX_WORKERS + ", got '" + w + "'");
            }
            resolved.add(String.valueOf(n == 0 ? cores : n));
        }
        return new ArrayList<>(resolved);
    }

    /** The user's {@code -p} values for {@code name}, if given. */
    Optional<List<String>> userValues(String name) {
        return user.getParameter(name).hasValue() ? Optional.of(List.copyOf(user.getParameter(name).get())) : Optional.empty();
    }

    Profile profile() {
        return profile;
    }

    int cores() {
        return cores;
    }

    private List<String> values(String name, Map<String, String[]> defaults) {
        if (user.getParameter(name).hasValue()) {
            return List.copyOf(user.getParameter(name).get());
        }
        if (name.equals("tasks")) {
            return profile.taskLevels.stream().map(String::valueOf).toList();
        }
        if (name.equals("sleepMillis")) {
            return List.of(String.valueOf(profile.sleepMillis));
        }
        if (profile.sizes.containsKey(name)) {
            return profile.sizes.get(name);
        }
        return List.of(defaults.get(name));
    }

    /** Why a cell is not run, or null to run it. */
    private String skipReason(Workload workload, Map<String, String> p) {
        ExecutionModel model = ExecutionModel.byLabel(p.get("model"));
        int workers = Integer.parseInt(p.get("workers"));
        if (workload != Workload.SLEEP) {
            if (model == ExecutionModel.MULTI_PROCESS && workers > profile.maxChildJvms) {
                return childJvmReason(workers);
            }
            return null;
        }
        long tasks = Long.parseLong(p.get("tasks"));
        long sleep = Long.parseLong(p.get("sleepMillis"));
        return switch (model) {
            case SINGLE_THREAD -> tasks * sleep > profile.maxSequentialSleepMillis
                    ? "one thread sleeps " + tasks + " x " + sleep + " ms = " + tasks * sleep + " ms per operation, over the "
                    + profile.label() + " profile's cap of " + profile.maxSequentialSleepMillis + " ms" : null;
            case PROCESS_POOL -> {
                long perWorker = (tasks + workers - 1) / workers * sleep;
                yield perWorker > profile.maxSequentialSleepMillis
                        ? workers + " pool workers each sleep " + perWorker + " ms in turn per operation, over the "
                        + profile.label() + " profile's cap of " + profile.maxSequentialSleepMillis + " ms" : null;
            }
            case MULTI_PROCESS -> tasks > profile.maxChildJvms ? childJvmReason(tasks) : null;
            case MULTI_THREAD -> tasks > profile.maxPlatformThreads
                    ? tasks + " platform threads at once; the " + profile.label() + " profile allows "
                    + profile.maxPlatformThreads + " (Linux refuses about 32,000 by default: vm.max_map_count)" : null;
            case VIRTUAL_THREAD -> null;
        };
    }

    String childJvmReason(long jvms) {
        return jvms + " child JVMs at once (about 40 MB and 30 ms of CPU each); the " + profile.label()
                + " profile allows " + profile.maxChildJvms;
    }

    private void checkParameterNames(Set<BenchmarkListEntry> entries) {
        Set<String> known = new TreeSet<>();
        entries.forEach(e -> known.addAll(e.getParams().orElse(Map.of()).keySet()));
        for (String name : userParameterNames) {
            if (!known.contains(name)) {
                throw new BadInputException("parameter '" + name + "' is not one of the selected benchmarks'; accepted: "
                        + String.join(", ", known));
            }
        }
    }

    static ExecutionModel parseModel(String model) {
        try {
            return ExecutionModel.byLabel(model);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    static String checkNumber(String name, String value) {
        return ParameterRanges.check(name, value);
    }

    private static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(name + " must be a whole number, got '" + value + "'");
        }
    }

    private static String names(Collection<BenchmarkListEntry> entries) {
        return String.join(", ", entries.stream().map(BenchmarkListEntry::getUsername).toList());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

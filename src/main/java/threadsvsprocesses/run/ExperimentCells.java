package threadsvsprocesses.run;

import org.openjdk.jmh.runner.BenchmarkListEntry;
import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.labels.Labelled;
import threadsvsprocesses.run.PlannedCell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The cells of one experiment's benchmark (startup, memory, counter, ...): every combination of its parameters'
 * values. Values come from the user's {@code -p} first, then the profile's sizes for experiments, then the
 * benchmark's own defaults. {@code workers} follows the profile's worker levels (0 = all cores, resolved), except
 * for a single-thread subject, which runs at 1. Text values must be one of the benchmark's own.
 */
final class ExperimentCells {

    private final CellPlanner planner;
    private final Experiment experiment;
    private final BenchmarkListEntry entry;

    ExperimentCells(CellPlanner planner, Experiment experiment, BenchmarkListEntry entry) {
        this.planner = planner;
        this.experiment = experiment;
        this.entry = entry;
    }

    List<PlannedCell> cells() {
        Map<String, String[]> defaults = entry.getParams().orElse(Map.of());
        List<Map<String, String>> combinations = List.of(new LinkedHashMap<>());
        List<String> names = new ArrayList<>();
        names.add(experiment.subject());
        new TreeSet<>(defaults.keySet()).stream().filter(n -> !n.equals(experiment.subject())).forEach(names::add);
        for (String name : names) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> combo : combinations) {
                for (String value : values(name, defaults, combo)) {
                    Map<String, String> more = new LinkedHashMap<>(combo);
                    more.put(name, value);
                    if (!next.contains(more)) {
                        next.add(more);
                    }
                }
            }
            combinations = next;
        }
        List<PlannedCell> cells = new ArrayList<>();
        for (Map<String, String> params : combinations) {
            if (experiment == Experiment.GRANULARITY) {
                SweepCells.sizeTasks(params, planner.cores(), planner.userValues("tasks").isPresent());
            }
            // the sweep's own caps (tasks per operation) first, then every experiment's (child JVMs at once, ...)
            String reason = experiment == Experiment.GRANULARITY ? SweepCells.skipReason(params, planner.profile()) : null;
            if (reason == null) {
                reason = skipReason(params);
            }
            cells.add(new PlannedCell(entry.getUsername(), experiment.label(), params,
                    reason == null ? PlannedCell.Status.PLANNED : PlannedCell.Status.SKIPPED,
                    reason == null ? "" : reason, ""));
        }
        return cells;
    }

    private List<String> values(String name, Map<String, String[]> defaults, Map<String, String> chosen) {
        String[] own = defaults.get(name);
        if (name.equals("workers")) {
            // single-thread runs on one thread; virtual-thread starts one virtual thread per task, whatever the
            // workers: run each once, recorded at 1 and at all cores, so no cell is measured twice. The task-size
            // sweep runs every model at all cores.
            String subject = chosen.get(experiment.subject());
            if (ExecutionModel.SINGLE_THREAD.label().equals(subject)) {
                return List.of("1");
            }
            if (ExecutionModel.VIRTUAL_THREAD.label().equals(subject) || experiment == Experiment.GRANULARITY) {
                return List.of(String.valueOf(planner.cores()));
            }
            // A pool of more workers than cores only queues its tasks behind the busy ones: C10 is judged at all
            // cores, and oversubscription is what the countdown and the counter show (here it cost 8 cells, 42 s of
            // standard). Its levels are chosen without twice the cores, so a machine of many cores still gets as many
            // levels below them (6 on 64 cores). The user's -p workers runs as given.
            return planner.workerLevels(false, experiment != Experiment.POOL_MAP);
        }
        List<String> given = planner.userValues(name)
                .or(() -> java.util.Optional.ofNullable(planner.profile().experimentSizes.get(name)))
                .orElse(List.of(own));
        boolean numeric = Arrays.stream(own).allMatch(v -> v.trim().matches("-?\\d+"));
        List<String> checked = new ArrayList<>();
        for (String value : given) {
            if (numeric) {
                checked.add(CellPlanner.checkNumber(name, value));
            } else if (Arrays.asList(own).contains(value.trim())) {
                checked.add(value.trim());
            } else {
                throw new BadInputException(name + " '" + value + "' is not one of " + experiment.label()
                        + "'s; accepted: " + String.join(", ", own));
            }
        }
        return checked;
    }

    /**
     * Why a cell is not run (the experiment says this machine cannot measure it, more child JVMs at once than the
     * profile allows, or a counter whose work outgrows an operation, {@link WorkerLevels#counterSkipReason}), or null
     * to run it.
     */
    private String skipReason(Map<String, String> params) {
        java.util.Optional<String> own = experiment.skipReason(params, planner.cores());
        if (own.isPresent()) {
            return own.get();
        }
        long jvms = childJvmsAtOnce(experiment, params);
        if (jvms > planner.profile().maxChildJvms) {
            return planner.childJvmReason(jvms);
        }
        if (experiment == Experiment.COUNTER && params.containsKey("workers") && params.containsKey("increments")) {
            return WorkerLevels.counterSkipReason(Long.parseLong(params.get("workers")),
                    Long.parseLong(params.get("increments")), planner.profile());
        }
        return null;
    }

    /** Child JVMs a cell keeps alive at once: the holders or workers of a process subject, else none (or one). */
    static long childJvmsAtOnce(Experiment experiment, Map<String, String> params) {
        String subject = params.getOrDefault(experiment.subject(), "");
        if (!Labelled.namesProcesses(subject)) {
            return 0;
        }
        String size = params.containsKey("holders") ? params.get("holders") : params.getOrDefault("workers", "1");
        return Long.parseLong(size);
    }
}

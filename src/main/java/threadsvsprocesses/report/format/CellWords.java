package threadsvsprocesses.report.format;

import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.workload.Workload;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A cell in words, as the console and the plan name it: its workload, its model (or what the experiment compares),
 * then those of its parameters that tell it apart from the other cells of its benchmark:
 * "countdown · multi-thread · 2 workers", "sleep · virtual-thread · 10,000 tasks", "round-trip · process-pipe · 64 KiB".
 */
public final class CellWords {

    /** Between the parts of a cell's name. */
    public static final String SEPARATOR = " \u00b7 ";

    private CellWords() {
    }

    /**
     * The cell in words.
     *
     * @param shown the parameters to name (besides the model or subject, always named), e.g. those that vary among
     *              the cells of its benchmark ({@link #varying})
     */
    public static String of(String workload, Map<String, String> params, Set<String> shown) {
        String subject = subjectOf(workload);
        List<String> parts = new ArrayList<>(List.of(workload));
        if (params.containsKey(subject)) {
            parts.add(params.get(subject));
        }
        if (shown.contains("workers") && params.containsKey("workers") && !ignoresWorkers(workload, params.get(subject))) {
            parts.add(Figures.workers(Integer.parseInt(params.get("workers"))));
        }
        List<String> names = new ArrayList<>(new TreeSet<>(params.keySet()));
        // "10,000 tasks of 100 ms": the tasks before their sleep
        if (names.remove("sleepMillis")) {
            names.add(names.contains("tasks") ? names.indexOf("tasks") + 1 : names.size(), "sleepMillis");
        }
        for (String name : names) {
            if (!name.equals(subject) && !name.equals("workers") && shown.contains(name)) {
                String w = words(workload, name, params.get(name));
                boolean ofTasks = name.equals("sleepMillis") && shown.contains("tasks") && params.containsKey("tasks");
                if (ofTasks) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " of " + w.replace(" sleeps", ""));
                } else {
                    parts.add(w);
                }
            }
        }
        return String.join(SEPARATOR, parts);
    }

    /** The names of the parameters that take more than one value among {@code cells} (each a cell's parameters). */
    public static Set<String> varying(Collection<Map<String, String>> cells) {
        Map<String, Set<String>> values = new HashMap<>();
        for (Map<String, String> cell : cells) {
            cell.forEach((k, v) -> values.computeIfAbsent(k, x -> new HashSet<>()).add(v));
        }
        Set<String> varying = new TreeSet<>();
        values.forEach((k, v) -> {
            if (v.size() > 1) {
                varying.add(k);
            }
        });
        return varying;
    }

    /** The parameter naming what {@code workload} compares: "model" for the workloads, e.g. "channel" for round-trip. */
    static String subjectOf(String workload) {
        return Experiment.byLabel(workload).map(Experiment::subject).orElse("model");
    }

    /** The sleep workload's thread- and process-per-task models and the single thread ignore their workers. */
    private static boolean ignoresWorkers(String workload, String model) {
        if (ExecutionModel.SINGLE_THREAD.label().equals(model)) {
            return true;
        }
        if (!Workload.SLEEP.label().equals(workload) || model == null) {
            return false;
        }
        try {
            return ExecutionModel.byLabel(model).startsOnePerTask();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String words(String workload, String name, String value) {
        double n;
        try {
            n = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return name.equals("process") ? value : name + " " + value;
        }
        return switch (name) {
            case "count" -> Figures.count(n) + (Workload.SQUARES.label().equals(workload) ? " terms" : " steps");
            case "tasks" -> Figures.count(n) + (n == 1 ? " task" : " tasks");
            case "sleepMillis" -> Figures.duration(n) + " sleeps";
            case "holders" -> Figures.count(n) + (n == 1 ? " holder" : " holders");
            case "messageBytes" -> Figures.bytes(n);
            case "increments" -> Figures.count(n) + " increments";
            case "taskUnits" -> Figures.count(n) + " units per task";
            case "waitMillis" -> "waits " + Figures.duration(n);
            default -> name + " " + value;
        };
    }
}

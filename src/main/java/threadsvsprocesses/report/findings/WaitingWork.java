package threadsvsprocesses.report.findings;

import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.format.SubjectOrder;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RunRows;
import threadsvsprocesses.workload.Workload;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Waiting work: for each model, the most sleeping tasks it finished within {@value #NEAR_ONE_SLEEP} sleeps (the
 * claims' "about the time of one", C3), and the model that handles the most, with its speedup over one thread
 * sleeping them in turn (tasks x sleep / its time). The JVM's models only (CPython's run ten tasks).
 */
final class WaitingWork implements FindingRule {

    /** Wall time, in sleeps, still "about the time of one" (as C3's rule). */
    static final double NEAR_ONE_SLEEP = 1.5;

    @Override
    public Optional<Finding> find(RunRows rows, int cores) {
        List<ResultRow> all = rows.measured(Workload.SLEEP.label()).stream()
                .filter(r -> r.number("tasks") > 0 && r.number("sleepMillis") > 0 && !r.cpython()).toList();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        // one length of sleep (the first measured, should a run have several)
        List<ResultRow> sleep = all.stream().filter(r -> r.number("sleepMillis") == all.get(0).number("sleepMillis"))
                .toList();
        Map<String, Optional<ResultRow>> most = new LinkedHashMap<>();
        sleep.stream().map(ResultRow::model).distinct().sorted(Comparator.comparingInt(SubjectOrder::of))
                .forEach(model -> most.put(model, sleep.stream()
                        .filter(r -> r.model().equals(model) && inSleeps(r) <= NEAR_ONE_SLEEP)
                        .max(Comparator.comparingDouble((ResultRow r) -> r.number("tasks"))
                                .thenComparing(Comparator.comparingDouble(ResultRow::scoreMs).reversed()))));
        double largest = sleep.stream().mapToDouble(r -> r.number("tasks")).max().orElse(0);
        String each = most.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()
                        .map(r -> Figures.count(r.number("tasks")) + (r.number("tasks") == largest ? " (all measured)" : ""))
                        .orElse("none"))
                .collect(Collectors.joining(", "));
        double sleepMillis = sleep.get(0).number("sleepMillis");
        String text = "Of tasks that each sleep " + Figures.duration(sleepMillis) + ", finished within "
                + Figures.plain(NEAR_ONE_SLEEP) + " sleeps: " + each + ".";
        Optional<ResultRow> best = most.values().stream().flatMap(Optional::stream)
                .max(Comparator.comparingDouble((ResultRow r) -> r.number("tasks"))
                        .thenComparing(Comparator.comparingDouble(ResultRow::scoreMs).reversed()));
        String summary = best.map(r -> "Waiting work: " + r.model() + ", " + tasks(r.number("tasks")) + " of " + Figures.duration(r.number("sleepMillis")) + " in " + Figures.duration(r.scoreMs()) + ", "
                + Figures.ratio(r.number("tasks") * r.number("sleepMillis") / r.scoreMs())
                + " one thread sleeping them in turn").orElse("");
        return Optional.of(new Finding("Waiting work", text, Workload.SLEEP.label(), "time", summary));
    }

    /** "1 task", "10,000 tasks". */
    private static String tasks(double n) {
        return Figures.count(n) + (n == 1 ? " task" : " tasks");
    }

    /** The row's wall time in sleeps. */
    private static double inSleeps(ResultRow r) {
        return r.scoreMs() / r.number("sleepMillis");
    }
}

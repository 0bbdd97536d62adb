package threadsvsprocesses.report.findings;

import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.format.SubjectOrder;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RunRows;
import threadsvsprocesses.workload.Workload;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * CPU-bound work: on countdown (else squares) with as many workers as cores, which model is fastest and its speedup
 * over one thread, the others' beside it, and what a child JVM started per operation costs over threads. The JVM's
 * models only: CPython's are set beside them by {@link Runtimes}.
 */
final class CpuBoundWork implements FindingRule {

    @Override
    public Optional<Finding> find(RunRows rows, int cores) {
        for (Workload workload : List.of(Workload.COUNTDOWN, Workload.SQUARES)) {
            List<ResultRow> atAllCores = rows.measured(workload.label()).stream()
                    .filter(r -> r.workers() == cores && !ExecutionModel.SINGLE_THREAD.label().equals(r.model())
                            && !r.cpython() && Double.isFinite(r.speedup()))
                    .sorted(Comparator.comparingInt(r -> SubjectOrder.of(r.model())))
                    .toList();
            if (atAllCores.isEmpty()) {
                continue;
            }
            ResultRow best = atAllCores.stream().max(Comparator.comparingDouble(ResultRow::speedup)).orElseThrow();
            String others = atAllCores.stream().filter(r -> r != best)
                    .map(r -> r.model() + " " + Figures.ratio(r.speedup())).collect(Collectors.joining(", "));
            String at = Figures.workers(cores) + " on " + cores + (cores == 1 ? " core" : " cores");
            String text = "On " + workload.label() + " with " + at + ", " + best.model() + " is the fastest: "
                    + Figures.ratio(best.speedup()) + " the speed of one thread" + (others.isEmpty() ? "" : " ("
                    + others + ")") + "." + childJvmCost(atAllCores);
            String summary = "CPU-bound work: " + best.model() + ", " + Figures.ratio(best.speedup())
                    + " one thread with " + at + " (" + workload.label() + ")";
            return Optional.of(new Finding("CPU-bound work", text, workload.label(), "speedup", summary));
        }
        return Optional.empty();
    }

    /** " A child JVM per operation (multi-process) adds 88 ms ...", or "" without both multi-process and threads. */
    private static String childJvmCost(List<ResultRow> atAllCores) {
        Optional<ResultRow> process = model(atAllCores, ExecutionModel.MULTI_PROCESS);
        Optional<ResultRow> thread = model(atAllCores, ExecutionModel.MULTI_THREAD);
        if (process.isEmpty() || thread.isEmpty()) {
            return "";
        }
        double extra = process.get().scoreMs() - thread.get().scoreMs();
        String both = Figures.duration(process.get().scoreMs()) + " against " + Figures.duration(thread.get().scoreMs())
                + " on threads";
        return extra > 0
                ? " A child JVM started per operation (" + ExecutionModel.MULTI_PROCESS.label() + ") adds "
                + Figures.duration(extra) + " to each: " + both + "."
                : " A child JVM started per operation (" + ExecutionModel.MULTI_PROCESS.label() + ") takes " + both + ".";
    }

    private static Optional<ResultRow> model(List<ResultRow> rows, ExecutionModel model) {
        return rows.stream().filter(r -> r.model().equals(model.label())).findFirst();
    }
}

package threadsvsprocesses.report.findings;

import threadsvsprocesses.cpython.CpythonModel;
import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RunRows;
import threadsvsprocesses.workload.Workload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where the runtimes differ: on countdown (else squares) with as many workers as cores, the JVM's threads' speedup
 * beside each CPython interpreter's, their processes' beside each other, and what one step costs on each runtime's
 * single thread. This is the contrast the tutorials' claims rest on: the GIL, not threads as such.
 */
final class Runtimes implements FindingRule {

    @Override
    public Optional<Finding> find(RunRows rows, int cores) {
        for (Workload workload : List.of(Workload.COUNTDOWN, Workload.SQUARES)) {
            List<ResultRow> measured = rows.measured(workload.label());
            List<String> runtimes = measured.stream().filter(ResultRow::cpython).map(ResultRow::runtime).distinct()
                    .toList();
            if (runtimes.isEmpty() || cores < 2) {
                continue;
            }
            String unit = workload == Workload.COUNTDOWN ? "step" : "term";
            List<String> sentences = new ArrayList<>();
            Optional<ResultRow> jvmThreads = at(measured, ExecutionModel.MULTI_THREAD.label(), null, cores);
            Optional<ResultRow> jvmSingle = at(measured, ExecutionModel.SINGLE_THREAD.label(), null, 1);
            for (String runtime : runtimes) {
                Optional<ResultRow> threads = at(measured, CpythonModel.CPYTHON_THREAD.label(), runtime, cores);
                Optional<ResultRow> processes = bestOf(measured, runtime, cores);
                Optional<ResultRow> single = at(measured, CpythonModel.CPYTHON_SINGLE.label(), runtime, 1);
                StringBuilder s = new StringBuilder();
                if (threads.isPresent() && jvmThreads.isPresent()) {
                    s.append("With ").append(Figures.workers(cores)).append(", threads run ").append(workload.label())
                            .append(' ').append(Figures.ratio(jvmThreads.get().speedup())).append(" as fast as one")
                            .append(" thread on the JVM and ").append(Figures.ratio(threads.get().speedup()))
                            .append(" on ").append(runtime).append('.');
                }
                processes.ifPresent(p -> s.append(s.isEmpty() ? "" : " ").append(runtime).append("'s best process")
                        .append(" model, ").append(p.model()).append(", reaches ").append(Figures.ratio(p.speedup()))
                        .append('.'));
                if (single.isPresent() && jvmSingle.isPresent()) {
                    double jvm = jvmSingle.get().msPerUnit();
                    double py = single.get().msPerUnit();
                    s.append(s.isEmpty() ? "" : " ").append("One ").append(unit).append(" takes ")
                            .append(Figures.duration(jvm)).append(" on the JVM's single thread and ")
                            .append(Figures.duration(py)).append(" on ").append(runtime).append("'s (")
                            .append(Figures.ratio(py / jvm)).append(").");
                }
                if (!s.isEmpty()) {
                    sentences.add(s.toString());
                }
            }
            if (!sentences.isEmpty()) {
                return Optional.of(new Finding("The JVM and CPython", String.join(" ", sentences), workload.label(),
                        "per-unit", ""));
            }
        }
        return Optional.empty();
    }

    /** The measured row of {@code model} (of {@code runtime}, or the JVM's for null) at {@code workers}. */
    private static Optional<ResultRow> at(List<ResultRow> rows, String model, String runtime, int workers) {
        return rows.stream().filter(r -> r.model().equals(model) && r.workers() == workers
                        && (runtime == null ? !r.cpython() : r.runtime().equals(runtime))
                        && (r.baseline() || Double.isFinite(r.speedup())))
                .findFirst();
    }

    /** The fastest of the interpreter's process models and pool at all cores. */
    private static Optional<ResultRow> bestOf(List<ResultRow> rows, String runtime, int cores) {
        return rows.stream().filter(r -> r.cpython() && r.runtime().equals(runtime) && r.workers() == cores
                        && (r.model().startsWith(CpythonModel.PREFIX + "process-")
                        || r.model().equals(CpythonModel.CPYTHON_POOL.label()))
                        && Double.isFinite(r.speedup()))
                .max(Comparator.comparingDouble(ResultRow::speedup));
    }
}

package threadsvsprocesses.report.findings;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.experiments.startup.StarterKind;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RunRows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Start-up: how long each starter takes to start and end, and a child JVM's against a platform thread's. */
final class StartUp implements FindingRule {

    @Override
    public Optional<Finding> find(RunRows rows, int cores) {
        List<String> parts = new ArrayList<>();
        for (StarterKind starter : StarterKind.values()) {
            time(rows, starter).ifPresent(ms -> parts.add("a " + starter.label() + " in " + Figures.duration(ms)));
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Optional<Double> thread = time(rows, StarterKind.PLATFORM_THREAD);
        Optional<Double> jvm = time(rows, StarterKind.CHILD_JVM);
        String ratio = thread.isPresent() && jvm.isPresent() && thread.get() > 0
                ? " A child JVM takes " + Figures.ratio(jvm.get() / thread.get()) + " the time of a platform thread."
                : "";
        String text = "Started and ended, one at a time: " + String.join(", ", parts) + "." + ratio;
        return Optional.of(new Finding("Start-up", text, Experiment.STARTUP.label(), "time", ""));
    }

    private static Optional<Double> time(RunRows rows, StarterKind starter) {
        return rows.measured(Experiment.STARTUP.label(), starter.label()).stream().findFirst().map(ResultRow::scoreMs);
    }
}

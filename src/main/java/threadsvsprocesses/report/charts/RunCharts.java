package threadsvsprocesses.report.charts;

import threadsvsprocesses.report.rows.RunRows;
import threadsvsprocesses.run.MachineInfo;
import threadsvsprocesses.workload.Workload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every chart of a run, each drawn only where the run has its data. */
public final class RunCharts {

    private RunCharts() {
    }

    /** Draws the charts into {@code dir}; returns the PNGs written (an SVG lies beside each), in report order. */
    public static List<Path> write(RunRows rows, MachineInfo machine, Path dir) {
        System.setProperty("java.awt.headless", "true");
        List<Path> charts = new ArrayList<>();
        for (Workload workload : List.of(Workload.COUNTDOWN, Workload.SQUARES)) {
            charts.addAll(ScalingCharts.write(workload.label(), rows, machine, dir));
        }
        SleepChart.write(rows, machine, dir).ifPresent(charts::add);
        charts.addAll(StartupCharts.write(rows, machine, dir));
        charts.addAll(MemoryChart.write(rows, machine, dir));
        charts.addAll(MessagingCharts.write(rows, machine, dir));
        charts.addAll(CounterCharts.write(rows, machine, dir));
        RunawayChart.write(rows, machine, dir).ifPresent(charts::add);
        charts.addAll(PoolMapCharts.write(rows, machine, dir));
        charts.addAll(GranularityChart.write(rows, machine, dir));
        return charts;
    }
}

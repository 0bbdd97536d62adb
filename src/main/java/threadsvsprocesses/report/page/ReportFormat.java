package threadsvsprocesses.report.page;

import threadsvsprocesses.report.charts.ChartSupport;
import threadsvsprocesses.report.charts.FixedTickLogAxis;
import threadsvsprocesses.report.charts.SeriesData;
import threadsvsprocesses.report.charts.SleepChart;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.run.MachineInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Formatting shared by report.md ({@link MarkdownReport}) and index.html ({@link HtmlReport}), so both agree. */
final class ReportFormat {

    /** The machine-table label of the JVM arguments, which HTML shows as a list. */
    static final String JVM_ARGS = "JVM arguments";

    private ReportFormat() {
    }

    /** The machine's facts in table order, label to raw (unescaped) text; the JVM arguments joined by spaces. */
    static Map<String, String> machineFields(MachineInfo m) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("run id", text(m.runId()));
        f.put("started at", text(m.startedAt()));
        f.put("host", text(m.host()));
        f.put("CPU", text(m.cpuModel()));
        f.put("cores", Integer.toString(m.cores()));
        f.put("memory", m.memoryBytes() < 0 ? "unknown"
                : String.format(Locale.ROOT, "%.1f GiB (%d bytes)", m.memoryBytes() / (double) (1L << 30), m.memoryBytes()));
        f.put("OS", text(m.os()));
        f.put("JVM", text(m.jvmVendor()) + " " + text(m.jvmVersion()));
        f.put("Java home", text(m.javaHome()));
        f.put(JVM_ARGS, m.jvmArgs() == null ? "" : String.join(" ", m.jvmArgs()));
        f.put("profile", text(m.profile()));
        f.put("suite version", text(m.suiteVersion()));
        return f;
    }

    /** Workloads in report order: the known three first, then the experiments in their order, then any other. */
    static List<String> workloads(List<ResultRow> rows) {
        Set<String> workloads = new LinkedHashSet<>(List.of("countdown", "squares", "sleep"));
        for (Experiment e : Experiment.values()) {
            workloads.add(e.label());
        }
        rows.forEach(r -> workloads.add(r.workload()));
        return List.copyOf(workloads);
    }

    /** The rows of a workload in table order: model, count, sleep, tasks, workers. */
    static List<ResultRow> sorted(List<ResultRow> rows) {
        List<ResultRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt((ResultRow r) -> ChartSupport.order(r.model()))
                .thenComparing(ResultRow::model)
                .thenComparingDouble(r -> SeriesData.parse(r.count()))
                .thenComparingDouble(r -> SeriesData.parse(r.sleepMillis()))
                .thenComparingDouble(r -> SeriesData.parse(r.tasks()))
                .thenComparingInt(ResultRow::workers));
        return sorted;
    }

    /**
     * Which optional columns a workload's table has.
     *
     * @param tasks  a tasks column (the sleep workload)
     * @param counts a count column (counts differ between rows)
     * @param sleeps a sleep column (sleep times differ between rows)
     */
    record Columns(boolean tasks, boolean counts, boolean sleeps) {

        static Columns of(String workload, List<ResultRow> rows) {
            boolean sleep = SleepChart.WORKLOAD.equals(workload);
            return new Columns(sleep, rows.stream().map(ResultRow::count).distinct().count() > 1,
                    sleep && rows.stream().map(ResultRow::sleepMillis).distinct().count() > 1);
        }

        /** A sentence giving the value shared by all rows and so left out of the table, or empty. */
        String common(List<ResultRow> rows) {
            if (!tasks && !counts && !rows.get(0).count().isEmpty()) {
                return "count = " + FixedTickLogAxis.label(SeriesData.parse(rows.get(0).count()));
            }
            if (tasks && !sleeps && !rows.get(0).sleepMillis().isEmpty()) {
                return "Each task sleeps " + rows.get(0).sleepMillis() + " ms.";
            }
            return "";
        }
    }

    /** Workers as shown in a table: empty where unknown. */
    static String workers(ResultRow r) {
        return r.workers() > 0 ? Integer.toString(r.workers()) : "";
    }

    /** Time in ms, with its error when known at the same precision, e.g. "81.20 ± 3.10"; a dash unless measured. */
    static String time(ResultRow r) {
        if (!r.measured()) {
            return "\u2014";
        }
        double v = r.scoreMs();
        // one decimal from 100 ms, two from 1 ms, three significant digits below
        int decimals = Math.abs(v) >= 100 ? 1 : Math.abs(v) >= 1 ? 2
                : Math.max(2, 2 - (int) Math.floor(Math.log10(Math.abs(v) > 0 ? Math.abs(v) : 1)));
        String t = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return Double.isNaN(r.errorMs()) ? t : t + " \u00b1 " + String.format(Locale.ROOT, "%." + decimals + "f", r.errorMs());
    }

    /** Speedup, e.g. "3.72×"; empty without one. */
    static String speedup(ResultRow r) {
        return fixed(r.speedup(), "%.2f\u00d7");
    }

    /** Efficiency in percent, e.g. "93%"; empty without one. */
    static String efficiency(ResultRow r) {
        return fixed(r.efficiency() * 100, "%.0f%%");
    }

    /** The cell's parameters as text, e.g. "{count=1000, model=multi-thread}". */
    static String params(ResultRow r) {
        return String.valueOf(r.cell().params());
    }

    /** A not-done row's reason, or a note that none was recorded. */
    static String reason(ResultRow r) {
        return r.reason().isEmpty() ? "no reason recorded" : r.reason();
    }

    /** Cells with {@code status}: primary rows only, since a cell's secondary metrics are rows of their own. */
    static long count(List<ResultRow> rows, String status) {
        return rows.stream().filter(r -> r.primary() && r.status().equals(status)).count();
    }

    /** Cells of the run: one primary row each. */
    static long cells(List<ResultRow> rows) {
        return rows.stream().filter(ResultRow::primary).count();
    }

    static String text(String s) {
        return s == null ? "unknown" : s;
    }

    private static String fixed(double v, String format) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, format, v);
    }
}

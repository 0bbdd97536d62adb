package threadsvsprocesses.report.page;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.experiments.startup.ThreadKind;
import threadsvsprocesses.experiments.messaging.Window;
import threadsvsprocesses.experiments.pool.PoolKind;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.format.SubjectOrder;
import threadsvsprocesses.report.page.Block.Cell;
import threadsvsprocesses.report.page.Block.Column;
import threadsvsprocesses.report.page.Block.Row;
import threadsvsprocesses.report.page.Block.Table;
import threadsvsprocesses.report.rows.Metric;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RunRows;
import threadsvsprocesses.report.rows.SweepRows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The table of one experiment, shared by report.md and index.html: one line per cell with its subject, the
 * parameters that differ between cells, JMH's primary score with its unit and the suite's interval, each secondary
 * metric in its
 * unit, a figure derived from the score where the experiment has one, and the status. Parameters shared by every
 * cell are given once, in a sentence above the table. All text is raw: the renderers escape it.
 *
 * @param title   the section's heading, e.g. "Shared counter"
 * @param about   one sentence saying what one operation is
 * @param common  the parameters shared by every cell, e.g. "increments = 1000000", or empty
 * @param header  column names
 * @param numeric which columns hold numbers (right-aligned)
 * @param lines   the cells' lines, each with as many values as the header
 * @param status  each line's status (done, skipped, failed, planned)
 */
record ExperimentTable(String title, String about, String common, List<String> header, List<Boolean> numeric,
                       List<List<String>> lines, List<String> status) {

    private static final String DASH = Figures.DASH;

    /** The table of {@code experiment} from the run's rows (its primary and secondary rows are picked). */
    static ExperimentTable of(Experiment experiment, RunRows run) {
        List<ResultRow> rows = run.of(experiment.label());
        List<ResultRow> cells = rows.stream().filter(ResultRow::primary).toList();
        Set<String> names = new TreeSet<>();
        cells.forEach(r -> names.addAll(r.params().keySet()));
        names.remove(experiment.subject());
        List<String> varying = new ArrayList<>();
        Map<String, String> shared = new TreeMap<>();
        for (String n : names) {
            Set<String> values = new LinkedHashSet<>();
            cells.forEach(r -> values.add(r.param(n)));
            if (values.size() == 1) {
                shared.put(n, values.iterator().next());
            } else {
                varying.add(n);
            }
        }
        Set<String> metrics = new LinkedHashSet<>();
        // the break-even rows are figures per model (the page's break-even table), not a column of every cell
        rows.stream().filter(r -> !r.primary() && !SweepRows.isBreakEven(r)).forEach(r -> metrics.add(r.metric()));

        List<String> header = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        header.add(experiment.subject());
        numeric.add(false);
        for (String n : varying) {
            header.add(n);
            numeric.add(true);
        }
        header.add(primaryHeader(cells));
        numeric.add(true);
        for (String m : metrics) {
            header.add(m + " (" + metricUnit(m) + ")");
            numeric.add(true);
        }
        List<String> derived = derivedHeaders(experiment);
        for (String d : derived) {
            header.add(d);
            numeric.add(true);
        }
        header.add("forks");
        numeric.add(true);
        header.add("status");
        numeric.add(false);

        List<List<String>> lines = new ArrayList<>();
        List<String> status = new ArrayList<>();
        for (ResultRow r : sorted(cells, varying)) {
            List<String> line = new ArrayList<>();
            line.add(r.model());
            varying.forEach(n -> line.add(r.param(n)));
            Metric primary = r.measured() ? r.value() : null;
            line.add(primary == null ? DASH : Figures.withError(primary.score(), primary.halfWidth()) + " " + primary.unit());
            for (String m : metrics) {
                Metric value = run.secondary(r, m).orElse(null);
                line.add(value == null ? DASH : metricValue(m, value));
            }
            for (int d = 0; d < derived.size(); d++) {
                line.add(r.measured() ? derivedValue(experiment, run, r, d) : DASH);
            }
            line.add(r.measured() && r.forks() > 0 ? Integer.toString(r.forks()) : "");
            line.add(r.status().label());
            lines.add(line);
            status.add(r.status().label());
        }
        StringBuilder common = new StringBuilder();
        shared.forEach((n, v) -> common.append(common.isEmpty() ? "" : ", ").append(n).append(" = ").append(v));
        return new ExperimentTable(experiment.title(), about(experiment), common.isEmpty() ? "" : "Every cell: "
                + common + ".", header, numeric, lines, status);
    }

    /** The table as a block of a page: numeric columns right-aligned, each line with its status as class. */
    Table block() {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            columns.add(numeric.get(i) ? Column.number(header.get(i)) : Column.text(header.get(i)));
        }
        List<Row> rows = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            rows.add(new Row(status.get(l), lines.get(l).stream().map(Cell::of).toList()));
        }
        return new Table("experiment", columns, rows);
    }

    /** Cells by subject (in chart order), then by each varying parameter, numerically where possible. */
    private static List<ResultRow> sorted(List<ResultRow> cells, List<String> varying) {
        Comparator<ResultRow> order = Comparator.comparingInt((ResultRow r) -> SubjectOrder.of(r.model()))
                .thenComparing(ResultRow::model);
        for (String n : varying) {
            order = order.thenComparingDouble((ResultRow r) -> {
                double v = r.number(n);
                return Double.isNaN(v) ? Double.MAX_VALUE : v;
            }).thenComparing(r -> r.param(n));
        }
        List<ResultRow> sorted = new ArrayList<>(cells);
        sorted.sort(order);
        return sorted;
    }

    private static String primaryHeader(List<ResultRow> cells) {
        boolean throughput = cells.stream().anyMatch(r -> "thrpt".equals(r.mode()));
        return throughput ? "score (operations per time)" : "score (time per operation)";
    }

    /** The unit of a secondary metric, from its name (CONTRACT.md: the unit is in the name). */
    static String metricUnit(String metric) {
        String m = metric.toLowerCase(Locale.ROOT);
        if (m.contains("bytes")) {
            return "bytes";
        }
        if (m.contains("fraction")) {
            return "share of operations, 0 to 1";
        }
        if (m.contains("updates")) {
            return "updates per operation";
        }
        return "as counted";
    }

    private static String metricValue(String metric, Metric v) {
        if (metric.toLowerCase(Locale.ROOT).contains("bytes")) {
            return Figures.bytesWithError(v.score(), v.halfWidth());
        }
        if (metric.toLowerCase(Locale.ROOT).contains("fraction")) {
            return Figures.decimals(v.score(), 2);
        }
        String s = Figures.decimals(v.score(), 0);
        return Double.isNaN(v.halfWidth()) || v.halfWidth() == 0 ? s : s + " \u00b1 " + Figures.decimals(v.halfWidth(), 0);
    }

    /** The figures derived from the score, one column each: none for most experiments. */
    private static List<String> derivedHeaders(Experiment e) {
        return switch (e) {
            case POOL_MAP -> List.of("time per task", "messages", "time per message");
            case GRANULARITY -> List.of("work per task (single-thread time)", "time per task", "speedup");
            case MESSAGE_THROUGHPUT -> List.of("MB/s (10\u2076 bytes per second)");
            default -> List.of();
        };
    }

    private static String derivedValue(Experiment e, RunRows run, ResultRow r, int column) {
        return switch (e) {
            case POOL_MAP -> poolMapValue(r, column);
            case GRANULARITY -> granularityValue(run, r, column);
            case MESSAGE_THROUGHPUT -> {
                double bytes = r.number("messageBytes");
                yield bytes > 0 ? Figures.number(1000 / r.scoreMs() * bytes / 1e6) : DASH;
            }
            default -> DASH;
        };
    }

    /**
     * The sweep's figures: the work per task (the size's single-thread time / tasks, the chart's x, so that sizes
     * read in time as well as in steps), this model's time per task (score / tasks) and its speedup.
     */
    private static String granularityValue(RunRows run, ResultRow r, int column) {
        if (!(r.number("tasks") > 0)) {
            return DASH;
        }
        return switch (column) {
            case 0 -> {
                double micros = SweepRows.workPerTaskMicros(run.all(), r);
                yield Double.isNaN(micros) ? DASH : Figures.duration(micros / 1000);
            }
            case 1 -> Figures.duration(r.scoreMs() / r.number("tasks"));
            default -> Double.isNaN(r.speedup()) ? DASH : Figures.ratio(r.speedup());
        };
    }

    /**
     * Pool-map's dispatch figures: time per task (score / tasks), the messages one map sends (a chunked pool
     * ceil(tasks / (4 x workers)) tasks each, the others one per task), time per message (score / messages).
     */
    private static String poolMapValue(ResultRow r, int column) {
        int tasks = (int) r.number("tasks");
        if (tasks <= 0) {
            return DASH;
        }
        int messages;
        try {
            messages = PoolKind.byLabel(r.model()).messages(tasks, r.workers());
        } catch (IllegalArgumentException unknownPool) {
            messages = tasks; // a pool of another version: one message per task
        }
        return switch (column) {
            case 0 -> Figures.duration(r.scoreMs() / tasks);
            case 1 -> Figures.count(messages);
            default -> Figures.duration(r.scoreMs() / messages);
        };
    }

    static String about(Experiment e) {
        return switch (e) {
            case STARTUP -> "One operation: start one platform thread, virtual thread, child JVM or native process "
                    + "(/bin/true) and wait until it has ended: its creation plus two wake-ups. child-jvm starts as "
                    + "the suite starts every child JVM (a class path of the suite's child classes only, a class-data "
                    + "archive: the AOT cache on JDK 24+, Serial GC); child-jvm-default is the same main started "
                    + "with the whole class path and default flags; java-version (java -version) is the floor of "
                    + "any JVM's start-up.";
            case STARTUP_THROUGHPUT -> "One operation: start " + Figures.count(ThreadKind.BATCH) + " threads one "
                    + "after the other, then join them all; the score is per thread: its creation, with the wake-ups "
                    + "of one start overlapped.";
            case LAUNCH -> "One operation: start a child JVM or /bin/true and wait for it, under each launch "
                    + "mechanism (-Djdk.lang.Process.launchMechanism).";
            case MEMORY -> "One operation (a single shot): start the holders, parked threads in a fresh JVM of their "
                    + "own or fresh idle child JVMs, read their memory from /proc, stop them. Per holder: "
                    + "rssBytesPerHolder is resident memory (shared pages in full), pssBytesPerHolder the "
                    + "proportional share (shared pages divided among the processes mapping them), "
                    + "ussBytesPerHolder unique memory (what the machine gets back when the holder goes) and "
                    + "kernelBytesPerHolder kernel stacks and page tables; for threads each is the growth of the "
                    + "probe JVM's memory plus its live heap. Errors: the 99.9% interval of the samples.";
            case ROUND_TRIP -> "One operation: write a fresh message of messageBytes, send it and receive its echo. "
                    + "Blocking channels (thread-queue, process-pipe, process-socket) sleep while they wait, so each "
                    + "round trip pays two cross-CPU wake-ups; thread-park is those two wake-ups alone, the floor. "
                    + "Polling channels spin instead: thread-ring (a ring in shared memory between two threads), "
                    + "process-ring (the same ring in a file two processes map), process-pipe-poll (the pipe read in "
                    + "a non-blocking loop). A spinning side needs a core of its own: with fewer free cores the "
                    + "figure measures the scheduler again (skipped on 1 core).";
            case MESSAGE_THROUGHPUT -> "Fresh messages of messageBytes sent one way, per second, every channel with the "
                    + "same window in flight: as many frames as fit a " + Figures.bytes(Window.PIPE_BUFFER_BYTES)
                    + " pipe buffer (Linux's default), at most " + Window.MOST + ", a credit back every half window.";
            case COUNTER -> "One operation: each worker adds 1 to one shared counter increments times; lostUpdates "
                    + "= workers \u00d7 increments \u2212 the final count.";
            case RUNAWAY -> "A worker spins without checking for interruption; the score is the time from the "
                    + "stop request until it is gone, or waitMillis if it did not stop; stoppedFraction is the "
                    + "share of requests that stopped it.";
            case POOL_MAP -> "One operation: map tasks tasks of taskUnits units each over the pool (taskUnits = 0: "
                    + "empty tasks, the cost of dispatch alone); time per task = score / tasks. A chunked pool sends "
                    + "ceil(tasks / (4 \u00d7 workers)) tasks a message, as CPython's Pool.map; a per-task pool one; "
                    + "time per message = score / messages.";
            case GRANULARITY -> "One operation: tasks tasks of stepsPerTask countdown steps each (about totalSteps in "
                    + "all, more at the largest sizes, which keep 2 tasks per core), run at all cores; time per task = "
                    + "score / tasks, speedup = single-thread time at the same size / this time; work per task = the "
                    + "single-thread time at the same size / tasks (the chart's x, the same for every model at a size). "
                    + "The table below gives, per model, the work per task from which it pays off.";
        };
    }
}

package threadsvsprocesses.report;

import threadsvsprocesses.run.PlannedCell.Status;

import java.nio.file.Path;

import static threadsvsprocesses.report.RunFixture.COUNTDOWN;
import static threadsvsprocesses.report.RunFixture.SLEEP;
import static threadsvsprocesses.report.RunFixture.SQUARES;
import static threadsvsprocesses.report.RunFixture.cpu;
import static threadsvsprocesses.report.RunFixture.fork;
import static threadsvsprocesses.report.RunFixture.sleep;

/** The run folders the tests report on. */
public final class Fixtures {

    static final long COUNT = 50_000_000L;
    static final long SQUARES_COUNT = 1_000_000L;

    private Fixtures() {
    }

    /** A full run: all three workloads, every model, a NaN error, a us/op score, skipped, failed and planned cells. */
    public static RunFixture full(Path dir) {
        RunFixture f = new RunFixture(dir);
        double[] a = fork(1, 2, 3);
        f.done(COUNTDOWN, "countdown", cpu("single-thread", 1, COUNT), 800, 10.0, "ms/op",
                fork(790, 800, 810), fork(795, 805, 800));
        for (int w : new int[] {2, 4}) {
            f.done(COUNTDOWN, "countdown", cpu("multi-thread", w, COUNT), w == 2 ? 410 : 215, w == 2 ? 5.0 : 4.0,
                    "ms/op", a, a);
            f.done(COUNTDOWN, "countdown", cpu("virtual-thread", w, COUNT), w == 2 ? 415 : 220, 6.0, "ms/op", a, a);
            f.done(COUNTDOWN, "countdown", cpu("process-pool", w, COUNT), w == 2 ? 480 : 290, 20.0, "ms/op", a, a);
        }
        // fewer than 3 samples: JMH writes "NaN"
        f.done(COUNTDOWN, "countdown", cpu("multi-thread", 8, COUNT), 212, null, "ms/op", fork(211, 213));
        f.done(COUNTDOWN, "countdown", cpu("virtual-thread", 8, COUNT), 225, 7.0, "ms/op", a, a);
        f.done(COUNTDOWN, "countdown", cpu("multi-process", 2, COUNT), 600, 30.0, "ms/op", a, a);
        // microseconds: 350 ms
        f.done(COUNTDOWN, "countdown", cpu("multi-process", 4, COUNT), 350_000, 25_000.0, "us/op", a, a);

        f.done(SQUARES, "squares", cpu("single-thread", 1, SQUARES_COUNT), 100, 2.0, "ms/op", a, a);
        f.done(SQUARES, "squares", cpu("multi-thread", 2, SQUARES_COUNT), 55, 1.5, "ms/op", a, a);
        f.done(SQUARES, "squares", cpu("multi-thread", 4, SQUARES_COUNT), 30, 1.0, "ms/op", a, a);
        f.done(SQUARES, "squares", cpu("virtual-thread", 4, SQUARES_COUNT), 31, 1.0, "ms/op", a, a);
        f.cell(SQUARES, "squares", cpu("process-pool", 8, SQUARES_COUNT), Status.SKIPPED,
                "more workers than cores in the quick profile", "");
        f.cell(SQUARES, "squares", cpu("multi-process", 4, SQUARES_COUNT), Status.FAILED,
                "child JVM exited with code 137", "");

        int[] tasks = {10, 100, 1000};
        double[][] times = {
                {1005, 10050, Double.NaN},   // single-thread
                {102, 104, 130},             // multi-thread
                {101, 101, 103},             // virtual-thread
                {400, 2500, Double.NaN},     // multi-process
                {320, 2600, 25500}};         // process-pool (4 workers)
        String[] models = {"single-thread", "multi-thread", "virtual-thread", "multi-process", "process-pool"};
        for (int m = 0; m < models.length; m++) {
            for (int t = 0; t < tasks.length; t++) {
                if (!Double.isNaN(times[m][t])) {
                    f.done(SLEEP, "sleep", sleep(models[m], 4, tasks[t], 100), times[m][t], times[m][t] * 0.02,
                            "ms/op", a, a);
                }
            }
        }
        f.cell(SLEEP, "sleep", sleep("multi-process", 4, 1000, 100), Status.PLANNED, "", "");
        f.cell(SLEEP, "sleep", sleep("single-thread", 4, 1000, 100), Status.DONE, "", "jmh/999-sleep.json");
        return f;
    }

    /** A run of the sleep benchmark only. */
    static RunFixture sleepOnly(Path dir) {
        RunFixture f = new RunFixture(dir);
        double[] a = fork(1, 2, 3);
        f.done(SLEEP, "sleep", sleep("single-thread", 2, 10, 50), 505, 3.0, "ms/op", a);
        f.done(SLEEP, "sleep", sleep("virtual-thread", 2, 10, 50), 51, 0.5, "ms/op", a);
        f.done(SLEEP, "sleep", sleep("virtual-thread", 2, 100, 50), 52, 0.5, "ms/op", a);
        return f;
    }
}

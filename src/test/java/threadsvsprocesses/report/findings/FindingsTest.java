package threadsvsprocesses.report.findings;

import org.junit.jupiter.api.Test;
import threadsvsprocesses.report.claims.MadeUpRun;
import threadsvsprocesses.report.rows.RowBuilder;
import threadsvsprocesses.report.rows.RunRows;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static threadsvsprocesses.report.claims.MadeUpRun.CORES;
import static threadsvsprocesses.report.claims.MadeUpRun.cpu;
import static threadsvsprocesses.report.claims.MadeUpRun.p;
import static threadsvsprocesses.report.claims.MadeUpRun.sleep;

/** Each rule of "On this machine" on made-up rows (a machine of 4 cores): its sentence, and nothing without its rows. */
class FindingsTest {

    private static RunRows rows(MadeUpRun run) {
        return new RunRows(RowBuilder.withSpeedups(run.rows().all()));
    }

    @Test
    void cpuBoundWorkNamesTheFastestModelAtAllCoresAndWhatAChildJvmPerOperationCosts() {
        RunRows rows = rows(new MadeUpRun()
                .cell("countdown", 80, 1, cpu("single-thread", 1))
                .cell("countdown", 40, 1, cpu("multi-thread", 2))
                .cell("countdown", 22, 1, cpu("multi-thread", 4))
                .cell("countdown", 21, 1, cpu("virtual-thread", 4))
                .cell("countdown", 120, 5, cpu("multi-process", 4))
                .cell("countdown", 23, 1, cpu("process-pool", 4)));
        Finding f = new CpuBoundWork().find(rows, CORES).orElseThrow();
        assertEquals("CPU-bound work", f.topic());
        assertEquals("On countdown with 4 workers on 4 cores, virtual-thread is the fastest: 3.81× the speed of one"
                + " thread (multi-thread 3.64×, multi-process 0.667×, process-pool 3.48×). A child JVM started per"
                + " operation (multi-process) adds 98 ms to each: 120 ms against 22 ms on threads.", f.text());
        assertEquals("countdown", f.workload());
        assertEquals("CPU-bound work: virtual-thread, 3.81× one thread with 4 workers on 4 cores (countdown)", f.summary());
        assertEquals(Optional.empty(), new CpuBoundWork().find(rows(new MadeUpRun()
                .cell("countdown", 80, 1, cpu("single-thread", 1))), CORES), "no model at all cores");
    }

    @Test
    void waitingWorkCountsTheTasksEachModelFinishesWithinOneAndAHalfSleeps() {
        RunRows rows = rows(new MadeUpRun()
                .cell("sleep", 100, 1, sleep("single-thread", 1))
                .cell("sleep", 102, 1, sleep("multi-thread", 10))
                .cell("sleep", 140, 3, sleep("multi-thread", 1000))
                .cell("sleep", 1700, 9, sleep("multi-thread", 10000))
                .cell("sleep", 101, 1, sleep("virtual-thread", 10))
                .cell("sleep", 130, 2, sleep("virtual-thread", 10000))
                .cell("sleep", 400, 9, sleep("multi-process", 10)));
        Finding f = new WaitingWork().find(rows, CORES).orElseThrow();
        assertEquals("Of tasks that each sleep 100 ms, finished within 1.5 sleeps: single-thread 1, multi-thread 1,000,"
                + " virtual-thread 10,000 (all measured), multi-process none.", f.text());
        assertEquals("Waiting work: virtual-thread, 10,000 tasks of 100 ms in 130 ms, 7,690× one thread sleeping them"
                + " in turn", f.summary());
        assertEquals(Optional.empty(), new WaitingWork().find(rows(new MadeUpRun()), CORES));
    }

    @Test
    void startUpAndMemoryCompareAThreadWithAProcess() {
        RunRows rows = rows(new MadeUpRun()
                .cell("startup", 0.116, 0.01, p("starter", "platform-thread"))
                .cell("startup", 0.036, 0.004, p("starter", "virtual-thread"))
                .cell("startup", 53.8, 3.3, p("starter", "child-jvm"))
                .cell("memory", 12, 1, p("holder", "platform-thread", "holders", "10"), "rssBytesPerHolder", 90_000, 100)
                .cell("memory", 5000, 10, p("holder", "platform-thread", "holders", "10000"), "rssBytesPerHolder", 7066, 50)
                .cell("memory", 125, 3, p("holder", "virtual-thread", "holders", "10000"), "rssBytesPerHolder", 4710, 40)
                .cell("memory", 320, 9, p("holder", "child-jvm", "holders", "10"), "rssBytesPerHolder", 46_976_204, 1e5));
        assertEquals("Started and ended, one at a time: a platform-thread in 116 µs, a virtual-thread in 36 µs, a"
                + " child-jvm in 53.8 ms. A child JVM takes 464× the time of a platform thread.",
                new StartUp().find(rows, CORES).orElseThrow().text());
        Finding memory = new MemoryPerHolder().find(rows, CORES).orElseThrow();
        assertEquals("Resident memory per holder, at the most holders measured: platform-thread 6.9 KiB (at 10,000),"
                + " virtual-thread 4.6 KiB (at 10,000), child-jvm 44.8 MiB (at 10). A child JVM holds 6,650× the memory"
                + " of a platform thread.", memory.text());
        assertEquals("memory", memory.workload());
        assertEquals(Optional.empty(), new StartUp().find(rows(new MadeUpRun()), CORES));
        assertEquals(Optional.empty(), new MemoryPerHolder().find(rows(new MadeUpRun()), CORES));
    }

    @Test
    void sharingACounterNamesTheCheapestCorrectWayAndWhatTheLockCosts() {
        RunRows rows = rows(new MadeUpRun()
                .cell("counter", 15, 1, p("counter", "unsynchronized", "increments", "1000000", "workers", "4"),
                        "lostUpdates", 2_823_084.4, 1000)
                .cell("counter", 290, 9, p("counter", "synchronized", "increments", "1000000", "workers", "4"),
                        "lostUpdates", 0, 0)
                .cell("counter", 18, 1, p("counter", "atomic", "increments", "1000000", "workers", "4"), "lostUpdates", 0, 0)
                .cell("counter", 6.6, 1, p("counter", "adder", "increments", "1000000", "workers", "4"), "lostUpdates", 0, 0)
                .cell("counter", 5.1, 1, p("counter", "process-private", "increments", "1000000", "workers", "4"),
                        "lostUpdates", 4_000_000, 0)
                .cell("counter", 2.2, 1, p("counter", "adder", "increments", "1000000", "workers", "1"), "lostUpdates", 0, 0));
        Finding f = new SharingACounter().find(rows, CORES).orElseThrow();
        assertEquals("With 4 workers each adding 1,000,000 to one counter, the cheapest correct way is adder, 6.6 ms per"
                + " operation (synchronized 290 ms, atomic 18 ms). The lock (synchronized) takes 290 ms, 43.9× that."
                + " Without a lock (unsynchronized) 2,823,084 updates were lost per operation on average.", f.text());
        assertEquals(Optional.empty(), new SharingACounter().find(rows(new MadeUpRun()
                .cell("counter", 2.2, 1, p("counter", "adder", "increments", "1000000", "workers", "1"), "lostUpdates", 0, 0)),
                CORES), "one worker shares nothing");
    }

    @Test
    void everyRuleIsAskedInThePagesOrder() {
        List<Finding> all = Findings.of(rows(new MadeUpRun()
                .cell("startup", 0.1, 0.01, p("starter", "platform-thread"))
                .cell("countdown", 80, 1, cpu("single-thread", 1))
                .cell("countdown", 21, 1, cpu("virtual-thread", 4))), CORES);
        assertEquals(List.of("CPU-bound work", "Start-up"), all.stream().map(Finding::topic).toList());
        assertTrue(all.stream().allMatch(f -> !f.text().isEmpty()));
    }
}

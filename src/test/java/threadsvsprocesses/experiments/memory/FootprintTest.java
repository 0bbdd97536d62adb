package threadsvsprocesses.experiments.memory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import threadsvsprocesses.ProcessChecks;
import threadsvsprocesses.execution.ThreadLimitException;
import threadsvsprocesses.execution.WorkerFailedException;
import threadsvsprocesses.experiments.NoChildLeft;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The memory experiment measures what it says: every holder is alive and idle when memory is read, and every one
 * is gone afterwards; threads are measured in a fresh JVM of their own; a child JVM's shared pages are shared, so
 * the proportional and unique figures of idle JVMs lie below their resident one.
 */
class FootprintTest {

    @AfterEach
    void noChildIsLeft() throws InterruptedException {
        NoChildLeft.assertNoChildLeft(5_000);
    }

    @ParameterizedTest
    @EnumSource(value = HolderKind.class, names = {"PLATFORM_THREAD", "VIRTUAL_THREAD"})
    void threadsAreParkedWhenMeasuredAndGoneAfter(HolderKind kind) throws Exception {
        ParkedThreads holders = (ParkedThreads) Holders.start(kind, 200);
        List<Thread> threads = holders.threads();
        try {
            assertEquals(200, holders.aliveCount());
            assertTrue(threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING), "all parked");
            assertEquals(kind == HolderKind.VIRTUAL_THREAD, threads.get(0).isVirtual());
        } finally {
            holders.close();
        }
        assertTrue(threads.stream().noneMatch(Thread::isAlive), "all threads ended on close");
        assertEquals(0, holders.aliveCount());
        // Each thread returned the sum over its 64 frames: the stack was really built.
        assertTrue(holders.checksum() != 0);
    }

    @Test
    void childJvmsAreUpWhenMeasuredAndGoneAfter() throws Exception {
        IdleChildJvms holders = (IdleChildJvms) Holders.start(HolderKind.CHILD_JVM, 3);
        List<ProcessHandle> children = holders.handles();
        try {
            assertEquals(3, holders.aliveCount());
            assertTrue(children.stream().allMatch(ProcessChecks::isRunning));
        } finally {
            holders.close();
        }
        assertTrue(NoChildLeft.waitUntilGone(children, 2_000), "the children exited on close");
    }

    @ParameterizedTest
    @EnumSource(HolderKind.class)
    void aMeasurementSeesEveryHolderAliveAndGivesEveryFigureWhereProcHasThem(HolderKind kind) throws Exception {
        int n = kind == HolderKind.CHILD_JVM ? 2 : 100;
        Footprint f = Footprint.measure(kind, n);
        assertEquals(n, f.aliveWhenMeasured());
        assertTrue(f.checksum() != 0);
        if (ProcessMemory.available() && ProcessMemory.kernelStackBytes() != ProcessMemory.UNKNOWN) {
            for (double figure : new double[] {f.rssBytes(), f.pssBytes(), f.ussBytes(), f.kernelBytes()}) {
                assertFalse(Double.isNaN(figure), kind.label() + " has every figure where /proc has them: " + f);
            }
        }
    }

    @Test
    void idleChildJvmsShareTheirJvmSoTheirProportionalAndUniqueMemoryIsBelowTheirResidentMemory() throws Exception {
        assumeTrue(ProcessMemory.ofSelf().map(m -> m.pss() != ProcessMemory.UNKNOWN).orElse(false),
                "needs /proc/<pid>/smaps_rollup (Linux 4.14+)");
        Footprint f = Footprint.measure(HolderKind.CHILD_JVM, 3);
        assertTrue(f.rssBytes() > 1024 * 1024, "an idle JVM holds more than 1 MiB resident: " + f);
        assertTrue(f.pssBytes() < f.rssBytes(), "3 JVMs' pages by PSS are below 3 x RSS: " + f);
        assertTrue(f.ussBytes() <= f.pssBytes(), "unique pages are a part of the proportional share: " + f);
        assertTrue(f.kernelBytes() > 0, "a JVM's threads have kernel stacks and it has page tables: " + f);
    }

    @Test
    void platformThreadsCostKernelMemoryAndVirtualThreadsNearlyNone() throws Exception {
        assumeTrue(ProcessMemory.kernelStackBytes() != ProcessMemory.UNKNOWN, "needs /proc/meminfo");
        // 2,000 platform threads hold 2,000 kernel stacks (16 KiB each on x86-64 and arm64): 31 MiB, far above
        // whatever else the machine starts meanwhile; the virtual threads hold none.
        double platform = Footprint.measure(HolderKind.PLATFORM_THREAD, 2000).kernelBytes();
        double virtual = Footprint.measure(HolderKind.VIRTUAL_THREAD, 2000).kernelBytes();
        assertTrue(platform > 8 * 1024, "a platform thread's kernel stack: " + platform + " bytes per thread");
        assertTrue(virtual < platform / 4, "virtual " + virtual + " against platform " + platform);
    }

    @Test
    void procTextsAreReadInBytes() {
        String status = "Name:\tjava\nVmRSS:\t   12345 kB\nVmPTE:\t      52 kB\n";
        String rollup = "5589-7ffe ---p 0 00:00 0 [rollup]\nRss:    1640 kB\nPss:   276 kB\nShared_Clean: 1488 kB\n"
                + "Private_Clean:   40 kB\nPrivate_Dirty:   112 kB\n";
        assertEquals(new ProcessMemory(1640 * 1024, 276 * 1024, 152 * 1024, 52 * 1024), ProcessMemory.parse(status, rollup));
        assertEquals(new ProcessMemory(12_345 * 1024, ProcessMemory.UNKNOWN, ProcessMemory.UNKNOWN, 52 * 1024),
                ProcessMemory.parse(status, ""), "without smaps_rollup only RSS is known");
        assertEquals(ProcessMemory.UNKNOWN, ProcessMemory.kiloBytes("Name:\tjava\n", "VmRSS:"));
        assertTrue(ProcessMemory.ofProcess(Long.MAX_VALUE).isEmpty());
    }

    @Test
    void aProbesLineBecomesAFootprintPerThreadAndARefusedThreadASkip() throws Exception {
        Footprint f = ThreadProbe.parse("FOOTPRINT 2048000 2048000 1024000 3276800 100 77", 100, "probe");
        assertEquals(new Footprint(20_480, 20_480, 10_240, 32_768, 100, 77), f);
        assertThrows(ThreadLimitException.class, () -> ThreadProbe.parse("LIMIT the OS refused thread 9 of 10", 10, "probe"));
        WorkerFailedException garbage = assertThrows(WorkerFailedException.class,
                () -> ThreadProbe.parse("FOOTPRINT x", 10, "probe pid 1"));
        assertTrue(garbage.getMessage().startsWith("probe pid 1 answered 'FOOTPRINT x'"), garbage.getMessage());
        assertTrue(Double.isNaN(ThreadProbe.parse("UNKNOWN no /proc", 10, "probe").ussBytes()));
    }

    @Test
    void badInputIsRejectedInOneLine() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> HolderKind.byLabel("fiber"));
        assertEquals("unknown holder 'fiber'; accepted: platform-thread, virtual-thread, child-jvm", unknown.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> Holders.start(HolderKind.PLATFORM_THREAD, 0));
        assertEquals("holders must be at least 1, got 0", none.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Footprint.measure(HolderKind.CHILD_JVM, 0));
    }
}

package threadsvsprocesses.experiments.memory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import threadsvsprocesses.ProcessChecks;
import threadsvsprocesses.experiments.NoChildLeft;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The memory experiment measures what it says: every holder is alive and idle when memory is read, and every one
 * is gone afterwards; a child JVM's resident memory is a real, positive figure on Linux.
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
            if (Files.isReadable(Path.of("/proc/self/status"))) {
                assertTrue(holders.residentBytes() > 3L * 1024 * 1024, "three JVMs hold more than 3 MiB: "
                        + holders.residentBytes());
            }
        } finally {
            holders.close();
        }
        assertTrue(NoChildLeft.waitUntilGone(children, 2_000), "the children exited on close");
    }

    @ParameterizedTest
    @EnumSource(HolderKind.class)
    void aMeasurementSeesEveryHolderAlive(HolderKind kind) throws Exception {
        Footprint footprint = Footprint.measure(kind, kind == HolderKind.CHILD_JVM ? 2 : 100);
        assertEquals(kind == HolderKind.CHILD_JVM ? 2 : 100, footprint.aliveWhenMeasured());
        if (ResidentMemory.available()) {
            assertFalse(Double.isNaN(footprint.bytesPerHolder()), kind.label() + " has a figure where /proc exists");
        } else {
            assertTrue(Double.isNaN(footprint.bytesPerHolder()), kind.label() + " is NaN without /proc");
        }
    }

    @Test
    void aChildJvmsResidentMemoryIsPositiveOnLinux() throws Exception {
        assumeTrue(ResidentMemory.available(), "needs /proc (Linux)");
        double perChild = Footprint.measure(HolderKind.CHILD_JVM, 2).bytesPerHolder();
        assertTrue(perChild > 1024 * 1024, "an idle JVM holds more than 1 MiB resident; got " + perChild);
    }

    @Test
    void vmRssIsReadInBytes() {
        assertEquals(12_345L * 1024, ResidentMemory.parseVmRss("Name:\tjava\nVmPeak:\t  99 kB\nVmRSS:\t   12345 kB\n"));
        assertEquals(ResidentMemory.UNKNOWN, ResidentMemory.parseVmRss("Name:\tjava\n"));
        assertEquals(ResidentMemory.UNKNOWN, ResidentMemory.ofProcess(Long.MAX_VALUE));
    }

    @Test
    void badInputIsRejectedInOneLine() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> HolderKind.byLabel("fiber"));
        assertEquals("unknown holder 'fiber'; accepted: platform-thread, virtual-thread, child-jvm", unknown.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> Holders.start(HolderKind.PLATFORM_THREAD, 0));
        assertEquals("holders must be at least 1, got 0", none.getMessage());
    }
}

package threadsvsprocesses.experiments.startup;

import threadsvsprocesses.execution.JavaCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static threadsvsprocesses.experiments.NoChildLeft.assertNoChildLeft;

/** Each starter really starts a thread or process, which really ends, and hands back what it produced. */
class StarterTest {

    @AfterEach
    void noChildIsLeft() throws InterruptedException {
        assertNoChildLeft(5_000);
    }

    @Test
    void aPlatformThreadComputesTheValueOfAFreshSeedAndHasEndedOnReturn() throws Exception {
        ThreadStarter starter = (ThreadStarter) Starter.byLabel("platform-thread");
        assertEquals(ThreadStarter.mix(1), starter.startAndJoin());
        Thread first = starter.lastThread();
        assertEquals(ThreadStarter.mix(2), starter.startAndJoin());
        assertNotSame(first, starter.lastThread(), "one new thread per call");
        assertFalse(starter.lastThread().isVirtual());
        assertFalse(starter.lastThread().isAlive());
        assertNotSame(Thread.currentThread(), starter.lastThread());
    }

    @Test
    void aVirtualThreadComputesTheValueOfAFreshSeedAndHasEndedOnReturn() throws Exception {
        ThreadStarter starter = (ThreadStarter) Starter.byLabel("virtual-thread");
        assertEquals(ThreadStarter.mix(1), starter.startAndJoin());
        assertEquals(ThreadStarter.mix(2), starter.startAndJoin());
        assertTrue(starter.lastThread().isVirtual());
        assertFalse(starter.lastThread().isAlive());
    }

    @Test
    void theMixOfSuccessiveSeedsDiffers() {
        assertNotEquals(ThreadStarter.mix(1), ThreadStarter.mix(2));
        assertNotEquals(0, ThreadStarter.mix(1));
    }

    @Test
    void aChildJvmRunsTheTinyMainAndHasExitedOnReturn() throws Exception {
        long value = Starter.byLabel("child-jvm").startAndJoin();
        assertEquals(TinyMain.EXIT_CODE, ProcessStarter.exitCode(value), "the tiny main's own exit code");
        long pid = ProcessStarter.pid(value);
        assertTrue(pid > 0 && pid != ProcessHandle.current().pid(), "a child's pid: " + pid);
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the child has exited");
    }

    @Test
    void theDefaultChildJvmRunsTheSameMainWithTheWholeClassPath() throws Exception {
        long value = Starter.byLabel("child-jvm-default").startAndJoin();
        assertEquals(TinyMain.EXIT_CODE, ProcessStarter.exitCode(value), "the tiny main's own exit code");
        assertFalse(ProcessHandle.of(ProcessStarter.pid(value)).map(ProcessHandle::isAlive).orElse(false));
        List<String> cheap = JavaCommand.forMain(TinyMain.class);
        List<String> plain = JavaCommand.defaultChild(TinyMain.class);
        assertNotEquals(cheap.get(cheap.indexOf("-cp") + 1), plain.get(plain.indexOf("-cp") + 1),
                "the suite's child and the default one differ in their class path");
    }

    @Test
    void javaVersionIsTheFloorOfAJvmStartAndExitsWithZero() throws Exception {
        long value = Starter.byLabel("java-version").startAndJoin();
        assertEquals(0, ProcessStarter.exitCode(value));
        assertEquals(List.of(JavaCommand.javaBinary(), "-version"), JavaCommand.version());
    }

    @Test
    void aBatchOfThreadsGivesTheSumOfEachThreadsValueAndLeavesNoneRunning() throws Exception {
        for (ThreadKind kind : ThreadKind.values()) {
            ThreadStarter starter = kind.create();
            long expected = 0;
            for (int i = 1; i <= 100; i++) {
                expected += ThreadStarter.mix(i);
            }
            assertEquals(expected, starter.startAllThenJoin(100), kind.label());
            assertEquals(kind == ThreadKind.VIRTUAL_THREAD, starter.lastThread().isVirtual());
            assertFalse(starter.lastThread().isAlive());
            assertNotEquals(expected, starter.startAllThenJoin(100), "fresh seeds for the next batch");
        }
    }

    @Test
    void aNativeProcessIsBinTrueAndHasExitedOnReturn() throws Exception {
        assumeTrue(Files.isExecutable(ProcessStarter.TRUE), "/bin/true is absent here");
        long value = Starter.byLabel("native-process").startAndJoin();
        assertEquals(0, ProcessStarter.exitCode(value));
        assertTrue(ProcessStarter.pid(value) > 0);
        assertFalse(ProcessHandle.of(ProcessStarter.pid(value)).map(ProcessHandle::isAlive).orElse(false));
    }

    @Test
    void aProcessThatExitsWithAnotherCodeFailsTheOperationInsteadOfCountingAsAFastStart() {
        assumeTrue(Files.isExecutable(java.nio.file.Path.of("/bin/false")), "/bin/false is absent here");
        ProcessStarter wrong = new ProcessStarter(List.of("/bin/false"), 0, "/bin/false");
        IllegalStateException e = assertThrows(IllegalStateException.class, wrong::startAndJoin);
        assertTrue(e.getMessage().matches("/bin/false pid \\d+ exited with code 1, expected 0"), e.getMessage());
    }

    @Test
    void aChildJvmThatCannotFindItsMainIsReportedNotTimed() {
        List<String> command = JavaCommand.forMain(TinyMain.class);
        command.set(command.size() - 1, "threadsvsprocesses.NoSuchMain");
        ProcessStarter broken = new ProcessStarter(command, TinyMain.EXIT_CODE, "child JVM");
        IllegalStateException e = assertThrows(IllegalStateException.class, broken::startAndJoin);
        assertTrue(e.getMessage().contains("exited with code 1, expected 42"), e.getMessage());
    }

    @Test
    void anUnknownStarterIsNamedWithTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Starter.byLabel("fork"));
        assertEquals("unknown starter 'fork'; accepted: platform-thread, virtual-thread, child-jvm, child-jvm-default, java-version, native-process",
                e.getMessage());
    }

    @Test
    void theChildJvmCommandUsesThisJavaAnAbsoluteClassPathAndKeepsJvmWarningsOffStdout() {
        List<String> command = JavaCommand.forMain(TinyMain.class, "x");
        assertEquals(ProcessHandle.current().info().command().orElseThrow(), command.get(0));
        assertTrue(String.join(" ", command).contains("-Xlog:disable -Xlog:all=warning:stderr"), command.toString());
        String classPath = command.get(command.indexOf("-cp") + 1);
        for (String entry : classPath.split(File.pathSeparator)) {
            assertTrue(new File(entry).isAbsolute(), entry);
        }
        assertEquals(List.of(TinyMain.class.getName(), "x"), command.subList(command.size() - 2, command.size()));
    }
}

package threadsvsprocesses.experiments.runaway;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import threadsvsprocesses.ProcessChecks;
import threadsvsprocesses.execution.JavaCommand;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static threadsvsprocesses.experiments.NoChildLeft.assertNoChildLeft;

/**
 * An interrupt does not stop a runaway thread (nor can Thread.stop()), but the harness's flag does; SIGTERM stops
 * a runaway child JVM; nothing is left running afterwards.
 */
class RunawayWorkerTest {

    @AfterEach
    void noChildIsLeft() throws InterruptedException {
        assertNoChildLeft(5_000);
    }

    @Test
    void anInterruptDoesNotStopARunawayPlatformThreadButTheHarnessDoes() throws Exception {
        interruptDoesNotStop("platform-thread", false);
    }

    @Test
    void anInterruptDoesNotStopARunawayVirtualThreadButTheHarnessDoes() throws Exception {
        interruptDoesNotStop("virtual-thread", true);
    }

    @SuppressWarnings("removal") // Thread.stop() is called on purpose: to show it no longer stops anything
    private static void interruptDoesNotStop(String label, boolean virtual) throws Exception {
        RunawayThread worker = (RunawayThread) RunawayWorker.start(label);
        Thread thread = worker.thread();
        try {
            assertEquals(virtual, thread.isVirtual());
            long before = worker.progress();
            Thread.sleep(20);
            assertNotEquals(before, worker.progress(), "the loop runs");

            worker.requestStop();
            assertFalse(worker.awaitGone(200), "the interrupt did not stop it");
            assertTrue(thread.isAlive());
            assertTrue(thread.isInterrupted(), "the interrupt was delivered, and ignored");
            long after = worker.progress();
            Thread.sleep(20);
            assertNotEquals(after, worker.progress(), "the loop still runs");

            // Since JDK 20 Thread.stop() only throws (JDK-8289610); on JDK 21+ it is never an option.
            assertThrows(UnsupportedOperationException.class, thread::stop);
            assertTrue(thread.isAlive());
        } finally {
            worker.close();
        }
        assertFalse(thread.isAlive(), "the harness's flag ended it");
    }

    @Test
    void sigtermStopsARunawayChildJvm() throws Exception {
        RunawayChildJvm worker = (RunawayChildJvm) RunawayWorker.start("child-jvm");
        ProcessHandle child = worker.handle();
        try {
            assertTrue(child.isAlive());
            assertTrue(ProcessHandle.current().children().anyMatch(h -> h.pid() == child.pid()));
            worker.requestStop();
            assertTrue(worker.awaitGone(10_000), "destroy() stopped it");
            assertEquals(128 + 15, worker.exitValue(), "it ended by SIGTERM");
        } finally {
            worker.close();
        }
        assertFalse(child.isAlive());
    }

    @Test
    void closingARunawayChildJvmEndsItWithoutAStopRequest() throws Exception {
        RunawayChildJvm worker = (RunawayChildJvm) RunawayWorker.start("child-jvm");
        ProcessHandle child = worker.handle();
        assertFalse(worker.awaitGone(100), "it spins until something ends it");
        worker.close();
        assertFalse(child.isAlive());
    }

    @Test
    void aRunawayChildJvmDiesWithItsParentKilledBySigkill() throws Exception {
        Process parent = new ProcessBuilder(JavaCommand.defaultChild(RunawayParent.class))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        ProcessHandle child = null;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
            child = ProcessHandle.of(Long.parseLong(out.readLine().trim())).orElseThrow();
            assertTrue(child.isAlive(), "the runaway child spins");
            parent.destroyForcibly(); // SIGKILL: no close(), no shutdown hook; only the child's watch can notice
            assertTrue(parent.waitFor(5, TimeUnit.SECONDS));
            // Not onExit(): for a process that is not our child it is polled, and takes seconds. An orphan that has
            // exited stays a zombie until PID 1 reaps it, hence ProcessChecks.isRunning.
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (ProcessChecks.isRunning(child) && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            long pid = child.pid();
            assertFalse(ProcessChecks.isRunning(child), () -> "the runaway child outlived its SIGKILLed parent by over"
                    + " 2 s: " + ProcessChecks.procStatus(pid));
        } finally {
            parent.destroyForcibly();
            if (child != null) {
                child.destroyForcibly();
            }
        }
    }

    /** A parent for the SIGKILL test: starts a runaway child JVM, prints its pid, then waits to be killed. */
    public static final class RunawayParent {
        public static void main(String[] args) throws Exception {
            RunawayChildJvm worker = RunawayChildJvm.start();
            System.out.println(worker.handle().pid());
            System.out.flush();
            Thread.sleep(60_000);
            worker.close();
        }
    }

    @Test
    void anUnknownWorkerIsNamedWithTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunawayWorker.start("process"));
        assertEquals("unknown worker 'process'; accepted: platform-thread, virtual-thread, child-jvm", e.getMessage());
    }
}

package threadsvsprocesses.run.noise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.TestJvms;
import threadsvsprocesses.run.BadInputException;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One run at a time, with the lock held by a real other process: the suite's lock or JMH's names its holder's pid in
 * one line, {@code --wait} waits for it, a stale lock file of a dead run is taken over, and JMH's lock is lent to
 * this JVM's own JMH for each cell.
 */
class RunLockTest {

    @TempDir
    Path dir;

    private final PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    /** Another process holding {@code which} lock ("suite" or "jmh") until its stdin closes. */
    private Process holder(String which) throws Exception {
        Process p = new ProcessBuilder(TestJvms.command(dir, LockHolderMain.class, dir.toString(), which))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("locked", out.readLine());
        return p;
    }

    private static void end(Process p) throws Exception {
        p.getOutputStream().close();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }

    @Test
    void aRunHeldByAnotherProcessIsNamedByPidInOneLine() throws Exception {
        Process other = holder("suite");
        try {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> RunLock.acquire(dir, false, "--profile quick", quiet));
            assertTrue(e.getMessage().startsWith("another benchmark run is measuring on this machine:"
                    + " threads-vs-processes run pid " + other.pid() + ", "), e.getMessage());
            assertTrue(e.getMessage().contains("--wait"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        } finally {
            end(other);
        }
        RunLock.acquire(dir, false, "", quiet).close();
    }

    @Test
    void anotherJmhHoldingJmhsLockIsNamedByPid() throws Exception {
        Process jmh = holder("jmh");
        try {
            BadInputException e = assertThrows(BadInputException.class, () -> RunLock.acquire(dir, false, "", quiet));
            assertTrue(e.getMessage().contains("a JMH run, pid " + jmh.pid() + " (java), holds "), e.getMessage());
        } finally {
            end(jmh);
        }
    }

    @Test
    void waitSaysSoAndWaitsUntilTheOtherRunHasEnded() throws Exception {
        Process other = holder("suite");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        CompletableFuture<RunLock> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return RunLock.acquire(dir, true, "", out);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            while (!console.toString(StandardCharsets.UTF_8).contains("Waiting")) {
                assertFalse(waiting.isDone(), "it waits while the other run holds the lock");
                Thread.sleep(50);
            }
            assertFalse(waiting.isDone());
            assertTrue(console.toString(StandardCharsets.UTF_8).startsWith("Waiting for another benchmark run to end"
                    + " (--wait): threads-vs-processes run pid " + other.pid()));
        } finally {
            end(other);
        }
        try (RunLock lock = waiting.get(60, TimeUnit.SECONDS)) {
            assertNotNull(lock);
            assertTrue(console.toString(StandardCharsets.UTF_8).contains("The other run has ended; this one starts."));
        }
    }

    @Test
    void aStaleLockFileOfADeadRunIsTakenOver() throws Exception {
        Path file = dir.resolve(RunLock.FILE);
        Files.writeString(file, "pid 999999999, started 2026-01-01T00:00:00Z: --profile quick\n");
        try (RunLock lock = RunLock.acquire(dir, false, "--profile smoke", quiet)) {
            String holder = Files.readString(file);
            assertTrue(holder.startsWith("pid " + ProcessHandle.current().pid() + ", started "), holder);
            assertTrue(holder.contains("--profile smoke"), holder);
        }
        assertEquals("", Files.readString(file), "released, its line cleared");
    }

    @Test
    void jmhsLockIsLentToThisJvmsJmhForEachCellAndTakenBack() throws Exception {
        try (RunLock lock = RunLock.acquire(dir, false, "", quiet)) {
            // as JMH's Runner does for each run: its own channel, tryLock, close
            boolean jmhGotIt = lock.lendingJmhLock(() -> {
                try (FileChannel jmh = FileChannel.open(dir.resolve(RunLock.JMH_FILE), StandardOpenOption.WRITE);
                     FileLock l = jmh.tryLock()) {
                    return l != null;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertTrue(jmhGotIt, "the cell's JMH takes the lock");
            try (FileChannel again = FileChannel.open(dir.resolve(RunLock.JMH_FILE), StandardOpenOption.WRITE)) {
                assertThrows(OverlappingFileLockException.class, again::tryLock, "held again between cells");
            }
        }
    }
}

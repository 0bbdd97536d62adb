package threadsvsprocesses.execution;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import threadsvsprocesses.ProcessChecks;
import threadsvsprocesses.workload.Workload;

import java.io.BufferedReader;
import java.nio.ByteBuffer;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No child JVM outlives the executor that started it: after a normal close, after a worker crashes, answers
 * garbage or hangs, and after the parent JVM itself is killed with SIGKILL.
 */
class NoOrphansTest {

    @AfterEach
    void noChildProcessIsLeft() throws InterruptedException {
        assertTrue(waitUntilGone(ProcessHandle.current().descendants().toList(), 5_000),
                "child processes left: " + ProcessHandle.current().descendants().map(ProcessHandle::pid).toList());
        System.clearProperty(WorkerTimeouts.PROPERTY);
    }

    @Test
    void poolWorkersAreGoneAfterClose() throws Exception {
        List<ProcessHandle> workers;
        try (ProcessPool pool = ProcessPool.start(2, Dispatch.PER_TASK)) {
            workers = pool.workerHandles();
            assertEquals(2, workers.stream().filter(ProcessHandle::isAlive).count());
            pool.runAll(Job.split(Workload.SQUARES, 1000, 2, 0));
        }
        assertTrue(workers.stream().noneMatch(ProcessHandle::isAlive));
    }

    /**
     * A worker JVM killed between operations (as the OOM killer or a stray signal would) is mended once: the next
     * operation rebuilds the pool on fresh JVMs and still gives the right sum. A second death stops the pool with
     * both reasons, and every later call fails plainly. No JVM of either set outlives the pool.
     */
    @Test
    void aCrashedPoolWorkerIsReplacedOnceAndASecondCrashStopsThePool() throws Exception {
        List<Job> jobs = Job.split(Workload.SQUARES, 1000, 2, 0);
        List<ProcessHandle> first;
        List<ProcessHandle> second;
        try (ProcessPool pool = ProcessPool.start(2, Dispatch.CHUNKED)) {
            long expected = pool.runAll(jobs);
            first = pool.workerHandles();
            kill(first.get(1));
            assertEquals(expected, pool.runAll(jobs), "the operation ran again, whole, on the rebuilt pool");
            assertTrue(pool.rebuiltBecause().contains("pid " + first.get(1).pid()), pool.rebuiltBecause());
            second = pool.workerHandles();
            assertEquals(2, second.size());
            assertTrue(second.stream().noneMatch(first::contains), "every worker was replaced: " + second);
            assertTrue(first.stream().noneMatch(ProcessHandle::isAlive), "the first set is gone");
            assertEquals(expected, pool.runAll(jobs), "the rebuilt pool goes on");

            kill(second.get(0));
            WorkerFailedException e = assertThrows(WorkerFailedException.class, () -> pool.runAll(jobs));
            assertTrue(e.getMessage().contains("pid " + second.get(0).pid()), e.getMessage());
            assertTrue(e.getMessage().contains("on a pool rebuilt after: worker JVM pid " + first.get(1).pid()),
                    e.getMessage());
            WorkerFailedException again = assertThrows(WorkerFailedException.class, () -> pool.runAll(jobs));
            assertTrue(again.getMessage().contains("stopped earlier"), again.getMessage());
        }
        assertTrue(second.stream().noneMatch(ProcessHandle::isAlive));
    }

    /**
     * A worker stopped on purpose (SIGTERM, as a system shutdown sends; Ctrl-C's SIGINT likewise) is not replaced: the
     * run is being stopped, and new JVMs would fight it.
     */
    @Test
    void aWorkerStoppedBySigtermStopsThePoolWithoutARebuild() throws Exception {
        try (ProcessPool pool = ProcessPool.start(2, Dispatch.PER_TASK)) {
            ProcessHandle worker = pool.workerHandles().get(0);
            worker.destroy(); // SIGTERM: the JVM runs its shutdown and exits with 143
            worker.onExit().get(5, TimeUnit.SECONDS);
            WorkerFailedException e = assertThrows(WorkerFailedException.class,
                    () -> pool.runAll(Job.split(Workload.SQUARES, 1000, 2, 0)));
            assertTrue(e.getMessage().contains("exited with code 143"), e.getMessage());
            assertEquals(null, pool.rebuiltBecause(), "no rebuild after SIGTERM");
        }
    }

    /** A hang is not mended by a rebuild (a new JVM would hang on the same request): the pool stops at once. */
    @Test
    void aHangingPoolWorkerStopsThePoolWithoutARebuild() throws Exception {
        System.setProperty(WorkerTimeouts.PROPERTY, "2");
        System.setProperty(FaultInjection.PROPERTY, "hang");
        try (ProcessPool pool = ProcessPool.start(2, Dispatch.PER_TASK)) {
            WorkerFailedException e = assertThrows(WorkerFailedException.class,
                    () -> pool.runAll(Job.split(Workload.SQUARES, 1000, 2, 0)));
            assertTrue(e.getMessage().contains("did not answer within the job timeout of 2 s"), e.getMessage());
            assertEquals(null, pool.rebuiltBecause(), "no rebuild after a hang");
        } finally {
            System.clearProperty(FaultInjection.PROPERTY);
        }
    }

    private static void kill(ProcessHandle worker) throws Exception {
        worker.destroyForcibly();
        worker.onExit().get(5, TimeUnit.SECONDS);
    }

    @Test
    void aWorkerThatExitsWritesGarbageOrHangsIsReportedPlainly() throws Exception {
        System.setProperty(WorkerTimeouts.PROPERTY, "2");
        try (Watchdog watchdog = new Watchdog(); WorkerJvm crash = WorkerJvm.start(watchdog);
             WorkerJvm garbage = WorkerJvm.start(watchdog); WorkerJvm hang = WorkerJvm.start(watchdog)) {
            crash.sendBytes(new byte[] {WorkerProtocol.CRASH, 0, 0, 0, 3});
            garbage.sendBytes(new byte[] {WorkerProtocol.GARBAGE});
            hang.sendBytes(new byte[] {WorkerProtocol.HANG});
            watchdog.arm();
            assertMessage(() -> crash.receiveSum(1), "exited with code 3 before answering");
            assertMessage(() -> garbage.receiveSum(1), "wrote the byte 0x1 where an answer was expected");
            assertMessage(() -> hang.receiveSum(1), "did not answer within the job timeout of 2 s");
        }
    }

    @Test
    void workerJvmsLogTheirOwnWarningsToStderrNotToTheResultPipe() {
        String command = String.join(" ", WorkerJvm.command());
        assertTrue(command.contains("-Xlog:disable -Xlog:all=warning:stderr"), command);
    }

    @Test
    void aBadJobIsAnsweredWithTheWorkersError() throws Exception {
        try (Watchdog watchdog = new Watchdog(); WorkerJvm worker = WorkerJvm.start(watchdog)) {
            ByteBuffer request = ByteBuffer.allocate(WorkerProtocol.requestBytes(1)).put((byte) WorkerProtocol.JOBS)
                    .putInt(1).put((byte) 99).putLong(0).putLong(1).putLong(0);
            worker.sendBytes(request.array());
            watchdog.arm();
            assertMessage(() -> worker.receiveSum(1), "unknown workload code 99");
            // the bad request was read whole: the worker answers the next one
            worker.send(Job.split(Workload.SQUARES, 10, 1, 0), 1);
            assertEquals(285, worker.receiveSum(1), "0 + 1 + 4 + ... + 81");
        }
    }

    @Test
    void workersDieWithAParentKilledBySigkill() throws Exception {
        List<String> command = JavaCommand.defaultChild(PoolParent.class);
        Process parent = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<ProcessHandle> workers = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            for (int i = 0; i < 2; i++) {
                workers.add(ProcessHandle.of(Long.parseLong(out.readLine().trim())).orElseThrow());
            }
            assertTrue(workers.stream().allMatch(ProcessHandle::isAlive), "the pool's workers started");
            parent.destroyForcibly(); // SIGKILL: no shutdown hook, no close(); only the closed pipes tell the workers
            parent.waitFor();
        }
        assertTrue(waitUntilGone(workers, 2_000), "workers outlived their SIGKILLed parent by over 2 s");
    }

    @Test
    void workersInTheMiddleOfAJobDieWithAParentKilledBySigkill() throws Exception {
        // the test's own parent class is not in the slim child jar: start it the default way
        List<String> command = new ArrayList<>(JavaCommand.defaultChild(PoolParent.class));
        command.add("hang");
        Process parent = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<ProcessHandle> workers = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            for (int i = 0; i < 2; i++) {
                workers.add(ProcessHandle.of(Long.parseLong(out.readLine().trim())).orElseThrow());
            }
            parent.destroyForcibly();
            parent.waitFor();
        }
        assertTrue(waitUntilGone(workers, 2_000), "busy workers outlived their SIGKILLed parent by over 2 s");
    }

    @Test
    void aMapFarLargerThanThePipesNeitherBlocksNorLosesATask() throws Exception {
        // 50,000 one-task messages: 1.5 MB of requests, far beyond a pipe's 64 KiB, answered as they are sent
        List<Job> jobs = Job.eachUnit(Workload.SQUARES, 50_000, 0);
        try (ProcessPool pool = ProcessPool.start(2, Dispatch.PER_TASK)) {
            long expected = Workload.SQUARES.run(0, 50_000, 0);
            assertEquals(expected, pool.runAll(jobs));
            assertEquals(List.of(25_000L, 25_000L), pool.jobsRunPerWorker(), "dealt evenly, every job run once");
        }
    }

    @Test
    void aJvmWatchingItsParentStopsWithinASecondOfTheParentsSigkill() throws Exception {
        List<String> command = JavaCommand.defaultChild(WatchingParent.class);
        Process parent = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        ProcessHandle child = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            // Parent and child share the pipe: the child's pid and its "watching" come in either order.
            List<String> lines = List.of(out.readLine(), out.readLine());
            assertTrue(lines.contains("watching"), "the child's watch is running: " + lines);
            String pid = lines.get(0).equals("watching") ? lines.get(1) : lines.get(0);
            child = ProcessHandle.of(Long.parseLong(pid.trim())).orElseThrow();
            parent.destroyForcibly();
            parent.waitFor();
        } finally {
            parent.destroyForcibly();
            if (child == null) {
                parent.descendants().forEach(ProcessHandle::destroyForcibly);
            }
        }
        // The child is a JVM sleeping for a minute with no pipe to notice: only its ParentWatch can stop it.
        long childPid = child.pid();
        assertTrue(waitUntilGone(List.of(child), 2_000), () -> "child outlived its SIGKILLed parent by over 2 s: "
                + ProcessChecks.procStatus(childPid));
    }

    @Test
    void aThreadTheOsRefusesIsReportedAsAMachineLimitAndTheStartedOnesFinish() {
        List<Thread> started = new ArrayList<>();
        ThreadPerJobExecutor executor = new ThreadPerJobExecutor(false, task -> {
            if (started.size() == 3) {
                throw new OutOfMemoryError("unable to create native thread: possibly out of memory or process/resource limits reached");
            }
            Thread t = Thread.ofPlatform().daemon(true).start(task);
            started.add(t);
            return t;
        });
        ThreadLimitException e = assertThrows(ThreadLimitException.class,
                () -> executor.runAll(Job.eachUnit(Workload.SLEEP, 10, 50)));
        assertTrue(e.getMessage().startsWith("the OS refused thread 4 of 10"), e.getMessage());
        assertTrue(started.stream().noneMatch(Thread::isAlive), "the threads it had started were stopped and joined");
    }

    @Test
    void multiProcessLeavesNoChildAfterEachOperation() throws Exception {
        try (Executor executor = ExecutionModel.MULTI_PROCESS.create(3)) {
            executor.runAll(Job.split(Workload.COUNTDOWN, 3, 3, 0));
            assertEquals(0, ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count());
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    private static void assertMessage(Call call, String expected) {
        WorkerFailedException e = assertThrows(WorkerFailedException.class, call::run);
        assertTrue(e.getMessage().contains(expected), "message '" + e.getMessage() + "' should contain '" + expected + "'");
    }

    private static boolean waitUntilGone(List<ProcessHandle> handles, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (handles.stream().noneMatch(ProcessChecks::isRunning)) {
                return true;
            }
            Thread.sleep(50);
        }
        return handles.stream().noneMatch(ProcessChecks::isRunning);
    }


    /** Starts a child JVM that watches its parent (as a relaunched run does), prints its pid, then waits. */
    public static final class WatchingParent {
        public static void main(String[] args) throws Exception {
            List<String> command = new ArrayList<>(JavaCommand.defaultChild(WatchingChild.class));
            command.add(1, "-D" + ParentWatch.RELAUNCHED_PROPERTY + "=" + ProcessHandle.current().pid());
            Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).redirectInput(ProcessBuilder.Redirect.INHERIT).start();
            System.out.println(child.pid());
            System.out.flush();
            Thread.sleep(60_000);
        }
    }

    /** The watched child: nothing but its ParentWatch ends it early. */
    public static final class WatchingChild {
        public static void main(String[] args) throws Exception {
            ParentWatch.installIfParentIsOurs();
            System.out.println("watching");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }

    /** A parent JVM for the SIGKILL test: starts a pool of two, prints the workers' pids, then waits to be killed. */
    public static final class PoolParent {
        public static void main(String[] args) throws Exception {
            ProcessPool pool = ProcessPool.start(2, Dispatch.PER_TASK);
            if (args.length > 0) {
                // workers in the middle of a job that never ends: stdin is not read, only the ParentWatch can act
                for (WorkerJvm w : pool.workers()) {
                    w.sendBytes(new byte[] {WorkerProtocol.HANG});
                }
            }
            pool.workerHandles().forEach(h -> System.out.println(h.pid()));
            System.out.flush();
            assertFalse(pool.workerHandles().isEmpty());
            Thread.sleep(60_000);
        }
    }
}

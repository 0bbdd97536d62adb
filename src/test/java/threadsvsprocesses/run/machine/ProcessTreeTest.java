package threadsvsprocesses.run.machine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.TestJvms;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The run's own CPU time counts its children and theirs, also those that start and end between two readings (the
 * per-job JVMs of the multi-process model, inside a JMH fork), so a cell is not flagged noisy by its own children.
 * Real child JVMs; the assertions are on CPU accounting, not on time.
 */
class ProcessTreeTest {

    @TempDir
    Path tmp;

    @Test
    void childrenAndTheirChildrenThatEndedBetweenTwoReadingsAreCounted() throws Exception {
        SystemFiles files = SystemFiles.live();
        ProcessTree tree = ProcessTree.of(ProcessHandle.current().pid());
        CpuReading before = CpuReading.now(files, tree);
        assertTrue(before.known(), before.unknownBecause());
        // two "forks", each starting two "worker JVMs" of its own that end before it does
        List<Process> forks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            forks.add(new ProcessBuilder(TestJvms.command(tmp, TreeChildMain.class, "2")).start());
        }
        long childTicks = 0;
        for (Process fork : forks) {
            assertTrue(fork.waitFor(120, TimeUnit.SECONDS), "the child JVM ended");
            assertEquals(0, fork.exitValue());
            String out = new String(fork.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            childTicks += Long.parseLong(out.split(" ")[0]);
        }
        CpuReading after = CpuReading.now(files, tree);
        long counted = after.suite() - before.suite();
        assertTrue(childTicks > 0, "the children used CPU: " + childTicks + " ticks");
        assertTrue(counted >= childTicks, "the tree's CPU time (" + counted + " ticks) holds every child's and"
                + " grandchild's (" + childTicks + " ticks, as each fork reported its own and its reaped workers')");
        // so the children's time is not foreign: foreign = busy - tree leaves it out
        long busy = after.busy() - before.busy();
        long total = after.total() - before.total();
        assertEquals(Math.max(0, busy - counted) / (double) total, after.foreignSince(before), 1e-12);
    }

    @Test
    void theRunsTreeIsRootedAtThisJvmUnlessALauncherStartedIt() {
        assertEquals(ProcessHandle.current().pid(), ProcessTree.ofThisRun().rootPid());
        assertTrue(ProcessTree.ofThisRun().pids().contains(ProcessHandle.current().pid()));
    }
}

package threadsvsprocesses.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.ProcessChecks;
import threadsvsprocesses.TestJvms;
import threadsvsprocesses.run.PlannedCell;
import threadsvsprocesses.run.RunFolder;
import threadsvsprocesses.run.RunPlan;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Ctrl-C typed in a real terminal: the run is started in a pseudo-terminal by {@code script} (util-linux), and the
 * interrupt character goes in through the terminal, whose line discipline sends SIGINT to the whole foreground
 * process group, as a shell's terminal does: the run, its JMH fork and the fork's worker JVMs all receive it at once
 * (the other interrupt tests signal one pid). The run must end within seconds, partial and reportable, leaving no
 * process behind.
 */
class TerminalInterruptTest {

    @Test
    void ctrlCInATerminalEndsTheRunPartialAndLeavesNoProcess(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no script(1) to give the run a terminal");
        List<String> java = TestJvms.command(Path.of(System.getProperty("java.io.tmpdir")), Main.class,
                "--profile", "smoke", "--on-noise", "keep", "--results", dir.resolve("results").toString(),
                "--charts", dir.resolve("charts").toString(), "Sleep", "-p", "model=process-pool,virtual-thread",
                "-p", "tasks=1", "-p", "sleepMillis=200", "-i", "8");
        String shell = java.stream().map(TerminalInterruptTest::quoted).collect(Collectors.joining(" "));
        // -e: script's exit status is the command's; -f: flush its output; the typescript goes nowhere
        Process terminal = new ProcessBuilder("/usr/bin/script", "-qefc", "exec " + shell, "/dev/null")
                .redirectErrorStream(true).redirectOutput(dir.resolve("console.log").toFile()).start();
        List<ProcessHandle> seen = new ArrayList<>();
        try {
            RunFolder folder = waitForADoneCell(dir.resolve("results"), terminal, seen);
            OutputStream keyboard = terminal.getOutputStream();
            keyboard.write(3); // ^C, as typed
            keyboard.flush();
            assertTrue(terminal.waitFor(20, TimeUnit.SECONDS), "the run ended within seconds of Ctrl-C");
            RunPlan plan = folder.readPlan();
            assertTrue(plan.partial(), "marked partial");
            assertTrue(plan.cells().stream().anyMatch(c -> c.status() == PlannedCell.Status.DONE));
            assertTrue(Files.isRegularFile(folder.file(RunFolder.CSV)), "results.csv written from what was measured");
            String console = Files.readString(dir.resolve("console.log"), StandardCharsets.UTF_8);
            assertTrue(console.contains("Interrupted"), console);
        } finally {
            terminal.destroyForcibly();
        }
        long deadline = System.currentTimeMillis() + 5_000;
        while (seen.stream().anyMatch(ProcessChecks::isRunning) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(seen.size() >= 3, "the run, its fork and a worker JVM were seen: " + seen.size());
        assertEquals(List.of(), seen.stream().filter(ProcessChecks::isRunning).map(ProcessHandle::pid).toList(),
                "processes that outlived Ctrl-C");
    }

    private static String quoted(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static RunFolder waitForADoneCell(Path results, Process terminal, List<ProcessHandle> seen)
            throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline && terminal.isAlive()) {
            terminal.descendants().filter(p -> !seen.contains(p)).forEach(seen::add);
            if (Files.isDirectory(results)) {
                try (Stream<Path> runs = Files.list(results)) {
                    for (Path run : runs.toList()) {
                        RunFolder folder = new RunFolder(run);
                        if (Files.exists(folder.file(RunFolder.PLAN)) && folder.readPlan().cells().stream()
                                .anyMatch(c -> c.status() == PlannedCell.Status.DONE)) {
                            Thread.sleep(800); // into the next cell: a fork and its pool are running
                            terminal.descendants().filter(p -> !seen.contains(p)).forEach(seen::add);
                            return folder;
                        }
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no cell finished; the run " + (terminal.isAlive() ? "is still going" : "exited"));
    }
}

package threadsvsprocesses.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.ProcessChecks;
import threadsvsprocesses.TestJvms;
import threadsvsprocesses.launcher.Launcher;
import threadsvsprocesses.run.PlannedCell;
import threadsvsprocesses.run.RunFolder;
import threadsvsprocesses.run.RunPlan;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * process behind. Started by a {@code java} older than 21, the launcher and the JVM it relaunched on a JDK 21+ are
 * both in that process group, so both receive the interrupt too: the same must hold, and the launcher (whose end
 * ends script) must end only once the run has written its partial report, with the run's exit status.
 */
class TerminalInterruptTest {

    /**
     * The exit status of an interrupted run: the JVM's own on SIGINT (128 + 2), as the run's thread waits for the
     * shutdown hook that writes the partial report (SuiteRunner) and never calls System.exit.
     */
    private static final int INTERRUPTED_STATUS = 130;

    @Test
    void ctrlCInATerminalEndsTheRunPartialAndLeavesNoProcess(@TempDir Path dir) throws Exception {
        List<String> java = TestJvms.command(Path.of(System.getProperty("java.io.tmpdir")), Main.class, runArgs(dir));
        Interrupted run = interruptInATerminal(dir, java, Map.of());
        assertTrue(run.seen().size() >= 3, "the run, its fork and a worker JVM were seen: " + run.seen().size());
    }

    /**
     * The launcher started by an older {@code java} (the PATH's, or a JDK beside this one) relaunches the run on this
     * test's JDK; Ctrl-C reaches both, and the run still ends partial and reportable with nothing left running, the
     * launcher and the relaunched JVM included. Skipped where no java 8 to 20 is installed.
     */
    @Test
    void ctrlCReachesTheLauncherOfAnOlderJavaAndTheJvmItRelaunchedAndBothEnd(@TempDir Path dir) throws Exception {
        Optional<Path> oldJava = olderJava();
        assumeTrue(oldJava.isPresent(), "no java older than 21 (and 8 or newer) on the PATH or beside "
                + System.getProperty("java.home") + " to start the launcher with");
        List<String> launcher = new ArrayList<>(List.of(oldJava.get().toString(),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-cp", TestJvms.absoluteClassPath(),
                Launcher.class.getName()));
        launcher.addAll(List.of(runArgs(dir)));
        // JAVA_HOME comes first in the launcher's search (JdkFinder): it relaunches on this test's JDK
        Interrupted run = interruptInATerminal(dir, launcher, Map.of("JAVA_HOME", System.getProperty("java.home")));

        assertTrue(run.console().contains("is older than 21; running on"), run.console());
        Seen started = run.seen().stream().filter(s -> s.parent() == run.terminal()).findFirst().orElseThrow();
        assertEquals(realPath(oldJava.get().toString()), started.command(), "script started the launcher");
        List<Seen> relaunched = run.seen().stream().filter(s -> s.parent() == started.process().pid()).toList();
        assertEquals(1, relaunched.size(), "the launcher relaunched one JVM: " + relaunched);
        assertEquals(realPath(TestJvms.javaBinary()), relaunched.get(0).command(), "relaunched on this test's JDK");
        assertTrue(run.seen().size() >= 4, "the launcher, the run, its fork and a worker JVM were seen: "
                + run.seen().size());
    }

    /** A run of a few short cells: Sleep in two models, eight iterations each. */
    private static String[] runArgs(Path dir) {
        return new String[] {"--profile", "smoke", "--on-noise", "keep", "--results", dir.resolve("results").toString(),
                "--charts", dir.resolve("charts").toString(), "Sleep", "-p", "model=process-pool,virtual-thread",
                "-p", "tasks=1", "-p", "sleepMillis=200", "-i", "8"};
    }

    /** A process of the run's tree, with its parent and executable as they were when it was seen. */
    private record Seen(ProcessHandle process, long parent, String command) {
    }

    /** What a run interrupted in a terminal left: its console, script's pid, the processes seen. */
    private record Interrupted(String console, long terminal, List<Seen> seen) {
    }

    /**
     * Runs {@code command} in a pseudo-terminal, types ^C once a cell is done, and checks what every interrupted run
     * must show: it ended within seconds with the interrupted status, partial with the done cell kept, results.csv
     * written, "Interrupted" said once, and none of the processes seen still running.
     */
    private static Interrupted interruptInATerminal(Path dir, List<String> command, Map<String, String> env)
            throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no script(1) to give the run a terminal");
        String shell = command.stream().map(TerminalInterruptTest::quoted).collect(Collectors.joining(" "));
        // -e: script's exit status is the command's; -f: flush its output; the typescript goes nowhere
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qefc", "exec " + shell, "/dev/null")
                .redirectErrorStream(true).redirectOutput(dir.resolve("console.log").toFile());
        builder.environment().putAll(env);
        Process terminal = builder.start();
        List<Seen> seen = new ArrayList<>();
        String console;
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
            console = Files.readString(dir.resolve("console.log"), StandardCharsets.UTF_8);
            assertEquals(1, console.split("Interrupted", -1).length - 1, "said once that it was interrupted: " + console);
            assertEquals(INTERRUPTED_STATUS, terminal.exitValue(), "the exit status of the command script ran");
        } finally {
            terminal.destroyForcibly();
        }
        long deadline = System.currentTimeMillis() + 5_000;
        while (seen.stream().map(Seen::process).anyMatch(ProcessChecks::isRunning)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(List.of(), seen.stream().map(Seen::process).filter(ProcessChecks::isRunning)
                .map(ProcessHandle::pid).toList(), "processes that outlived Ctrl-C");
        return new Interrupted(console, terminal.pid(), seen);
    }

    private static String quoted(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static RunFolder waitForADoneCell(Path results, Process terminal, List<Seen> seen) throws Exception {
        RunFolder folder = RunWaits.untilDone(results, terminal, 1, () -> see(terminal, seen));
        Thread.sleep(800); // into the next cell: a fork and its pool are running
        see(terminal, seen);
        return folder;
    }

    /**
     * Adds the terminal's descendants not seen before, each with its parent and executable of now; a process seen
     * between its fork and its exec (still script's image) gets the executable it runs now.
     */
    private static void see(Process terminal, List<Seen> seen) {
        terminal.descendants().forEach(p -> {
            Seen now = new Seen(p, p.parent().map(ProcessHandle::pid).orElse(-1L), p.info().command().orElse("?"));
            int at = seen.stream().map(Seen::process).toList().indexOf(p);
            if (at < 0) {
                seen.add(now);
            } else if (!now.command().equals("?") && !now.command().equals(seen.get(at).command())) {
                seen.set(at, now);
            }
        });
    }

    /**
     * A java of feature version 8 to 20 (the launcher is compiled for 8): the PATH's, else one of the JDKs beside
     * this test's JDK; empty when there is none.
     */
    private static Optional<Path> olderJava() throws IOException {
        Stream<Path> onPath = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(d -> !d.isEmpty()).map(d -> Path.of(d, "java"));
        Path installs = Path.of(System.getProperty("java.home")).toRealPath().getParent();
        List<Path> beside;
        try (Stream<Path> homes = installs == null ? Stream.empty() : Files.list(installs)) {
            beside = homes.sorted().map(h -> h.resolve("bin").resolve("java")).toList();
        }
        return Stream.concat(onPath, beside.stream()).filter(Files::isExecutable).filter(j -> {
            int feature = featureVersion(j);
            return feature >= 8 && feature < 21;
        }).findFirst();
    }

    private static final Pattern SPECIFICATION = Pattern.compile("java\\.specification\\.version = (?:1\\.)?(\\d+)");

    /** The feature version {@code java} reports of itself, or -1 when it does not say. */
    private static int featureVersion(Path java) {
        try {
            Process p = new ProcessBuilder(java.toString(), "-XshowSettings:properties", "-version")
                    .redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            Matcher m = SPECIFICATION.matcher(out);
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String realPath(String file) throws IOException {
        return Path.of(file).toRealPath().toString();
    }
}

package threadsvsprocesses.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.TestJvms;
import threadsvsprocesses.run.PlannedCell;
import threadsvsprocesses.run.RunFolder;
import threadsvsprocesses.run.RunPlan;
import threadsvsprocesses.run.machine.NoiseLimit;
import threadsvsprocesses.run.noise.Attempt;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real run of the jar's main measured while another process burns every core beside it: the run's header names the
 * busy process, the cell is flagged noisy with a foreign-CPU figure above the limit, measured once more (the default
 * {@code --on-noise retry}) with both attempts in plan.json, and the page opens with the noise banner; a run with
 * {@code --on-noise stop} stops at its first cell. No assertion on how long anything took.
 */
class NoisyCellTest {

    @Test
    void aCellMeasuredBesideACpuBurnerIsFlaggedNoisyAndRetried(@TempDir Path dir) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        Process burner = new ProcessBuilder(TestJvms.command(dir, BurnMain.class, Integer.toString(cores)))
                .redirectErrorStream(true).start();
        Path console = dir.resolve("console.log");
        Path stopConsole = dir.resolve("stop.log");
        Process run;
        Process stopped;
        try {
            assertEquals("burning", new BufferedReader(new InputStreamReader(burner.getInputStream(),
                    StandardCharsets.UTF_8)).readLine());
            run = new ProcessBuilder(TestJvms.command(dir, Main.class, "--profile", "smoke", "--results",
                    dir.resolve("results").toString(), "--charts", dir.resolve("charts").toString(), "Countdown", "-p",
                    "model=single-thread")).redirectErrorStream(true).redirectOutput(console.toFile()).start();
            assertTrue(run.waitFor(300, TimeUnit.SECONDS), "the run ended");
            // and a run told to stop on noise stops at its first cell
            stopped = new ProcessBuilder(TestJvms.command(dir, Main.class, "--profile", "smoke", "--on-noise", "stop",
                    "--results", dir.resolve("stopped").toString(), "--charts", dir.resolve("charts").toString(),
                    "Countdown", "-p", "model=single-thread,virtual-thread", "-p", "workers=1"))
                    .redirectErrorStream(true).redirectOutput(stopConsole.toFile()).start();
            assertTrue(stopped.waitFor(300, TimeUnit.SECONDS), "the stopped run ended");
        } finally {
            burner.getOutputStream().close();
            assertTrue(burner.waitFor(30, TimeUnit.SECONDS), "the burner ended");
        }
        assertStoppedOnTheFirstCell(stopped, Files.readString(stopConsole), dir.resolve("stopped"));
        String out = Files.readString(console);
        assertEquals(0, run.exitValue(), out);
        assertTrue(out.contains("! a busy process: java (pid " + burner.pid() + ") keeps "), "the header names it: " + out);
        assertTrue(out.contains("[noisy] countdown model=single-thread workers=1 count=1000000: foreign CPU "), out);
        assertTrue(out.contains("measuring it once more (--on-noise retry)"), out);

        RunFolder folder;
        try (Stream<Path> runs = Files.list(dir.resolve("results"))) {
            folder = new RunFolder(runs.findFirst().orElseThrow());
        }
        RunPlan plan = folder.readPlan();
        PlannedCell cell = plan.cells().get(0);
        assertEquals(PlannedCell.Status.DONE, cell.status());
        int cpus = cell.noise().cpus();
        assertTrue(cell.noise().noisy(), "flagged noisy: " + cell.noise());
        assertTrue(cell.noise().foreignCpu() > NoiseLimit.share(cpus), "foreign CPU above the limit: " + cell.noise());
        assertTrue(cell.noise().retried());
        List<Attempt> attempts = cell.attempts();
        assertEquals(2, attempts.size(), "both attempts in plan.json");
        assertEquals(1, attempts.stream().filter(Attempt::kept).count(), "the kept one named");
        for (Attempt a : attempts) {
            assertTrue(a.noise().noisy(), "both ran beside the burner: " + a);
            assertTrue(Files.isRegularFile(folder.dir().resolve(a.resultFile())), "each attempt's JSON is kept: " + a);
        }
        assertEquals(cell.resultFile(), attempts.stream().filter(Attempt::kept).findFirst().orElseThrow().resultFile());

        List<String> csv = Files.readAllLines(folder.file(RunFolder.CSV));
        List<String> header = List.of(csv.get(0).split(","));
        String[] row = csv.get(1).split(",");
        assertEquals("true", row[header.indexOf("noisy")]);
        assertEquals("2", row[header.indexOf("attempts")]);
        assertTrue(Double.parseDouble(row[header.indexOf("foreign_cpu")]) > NoiseLimit.share(cpus));
        String report = Files.readString(dir.resolve("charts").resolve(folder.dir().getFileName()).resolve("report.md"));
        assertTrue(report.contains("\n\n**Noisy:** 1 of 1 measured cells keep a fork that ran while other processes"), report);
    }

    private static void assertStoppedOnTheFirstCell(Process stopped, String out, Path results) throws Exception {
        assertEquals(1, stopped.exitValue(), out);
        assertTrue(out.contains("stopping the run (--on-noise stop)"), out);
        RunPlan plan;
        try (Stream<Path> runs = Files.list(results)) {
            plan = new RunFolder(runs.findFirst().orElseThrow()).readPlan();
        }
        assertTrue(plan.partial(), "a stopped run is partial");
        assertEquals(PlannedCell.Status.DONE, plan.cells().get(0).status());
        assertTrue(plan.cells().get(0).noise().noisy());
        assertEquals(PlannedCell.Status.PLANNED, plan.cells().get(1).status());
        assertTrue(plan.cells().get(1).reason().startsWith("not reached: the run stopped on a noisy cell (--on-noise"
                + " stop): countdown"), plan.cells().get(1).reason());
    }
}

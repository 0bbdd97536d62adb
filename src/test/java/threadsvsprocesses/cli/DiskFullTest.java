package threadsvsprocesses.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.ProcessChecks;
import threadsvsprocesses.TestJvms;
import threadsvsprocesses.report.ReportOutput;
import threadsvsprocesses.report.Reporter;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The disk fills up in the middle of a run, on a real small filesystem (a 24 MiB tmpfs this test mounts, so it
 * runs as root only, as in CI): the run stops at the first failed write with one line naming its folder and exit
 * status 1, every cell measured before stays readable, no process is left, and {@code report} draws the folder once
 * there is space again.
 */
class DiskFullTest {

    @Test
    void aFullDiskStopsTheRunInOneLineAndKeepsWhatWasMeasured(@TempDir Path dir) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root");
        Path disk = dir.resolve("disk");
        Files.createDirectories(disk);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        assumeTrue(mount.waitFor() == 0, "tmpfs cannot be mounted here: "
                + new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
        List<ProcessHandle> seen = new ArrayList<>();
        try {
            Path results = disk.resolve("results");
            Path console = dir.resolve("console.log");
            Process run = new ProcessBuilder(TestJvms.command(Path.of(System.getProperty("java.io.tmpdir")), Main.class,
                    "--profile", "smoke", "--on-noise", "keep", "--results", results.toString(), "--charts",
                    disk.resolve("charts").toString(), "Sleep", "-p", "model=virtual-thread,single-thread,multi-thread",
                    "-p", "tasks=1,10,100", "-i", "3")).redirectErrorStream(true).redirectOutput(console.toFile())
                    .start();
            try {
                RunFolder folder = waitForDoneCells(results, run, seen, 2);
                // fill what is left of the disk, as another program would
                try (OutputStream filler = Files.newOutputStream(disk.resolve("filler"))) {
                    byte[] block = new byte[1 << 16];
                    while (true) {
                        filler.write(block);
                    }
                } catch (java.io.IOException full) {
                    // the disk is full
                }
                assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the run stopped");
                String out = Files.readString(console, StandardCharsets.UTF_8);
                assertEquals(1, run.exitValue(), out);
                List<String> errors = out.lines().filter(l -> l.startsWith("error: ")).toList();
                assertEquals(1, errors.size(), out);
                assertTrue(errors.get(0).startsWith("error: the run stopped: cannot write ")
                        && errors.get(0).contains("No space left on device")
                        && errors.get(0).contains("report " + folder.dir()), errors.get(0));
                assertFalse(out.contains("\tat "), "no stack trace: " + out);

                Files.delete(disk.resolve("filler"));
                RunPlan plan = folder.readPlan();
                List<PlannedCell> done = plan.cells().stream().filter(c -> c.status() == PlannedCell.Status.DONE)
                        .toList();
                assertTrue(done.size() >= 2, "the cells measured before the disk filled: " + done.size());
                for (PlannedCell c : done) {
                    assertTrue(Files.readString(folder.dir().resolve(c.resultFile())).trim().endsWith("]"),
                            "complete JSON: " + c.resultFile());
                }
                ReportOutput report = Reporter.write(folder.dir(), disk.resolve("charts"));
                assertEquals(done.size(), report.measured(), "report draws what was measured");
            } finally {
                run.destroyForcibly();
                run.waitFor(10, TimeUnit.SECONDS);
            }
            long deadline = System.currentTimeMillis() + 5_000;
            while (seen.stream().anyMatch(ProcessChecks::isRunning) && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertEquals(List.of(), seen.stream().filter(ProcessChecks::isRunning).map(ProcessHandle::pid).toList(),
                    "processes left behind");
        } finally {
            new ProcessBuilder("umount", "-l", disk.toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static RunFolder waitForDoneCells(Path results, Process run, List<ProcessHandle> seen, int cells)
            throws Exception {
        return RunWaits.untilDone(results, run, cells,
                () -> run.descendants().filter(p -> !seen.contains(p)).forEach(seen::add));
    }
}

package threadsvsprocesses.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.TestJvms;
import threadsvsprocesses.run.RunFolder;
import threadsvsprocesses.run.noise.RunLock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two real runs at once (the "two runs at once" row of the README): while one measures, a second exits 2 with one line
 * naming the first's pid and {@code --wait}, writing nothing; a third with {@code --wait} says it waits and starts
 * only after the first has ended, then completes.
 */
class OneRunAtATimeTest {

    @TempDir
    Path dir;

    /** A real run measuring one sleep cell: {@code samples} sleeps of 200 ms, so the first run lasts a while. */
    private Process start(String name, int samples, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of(options));
        args.addAll(List.of("--profile", "smoke", "--on-noise", "keep", "--results", dir.resolve(name).resolve("results")
                .toString(), "--charts", dir.resolve(name).resolve("charts").toString(), "Sleep", "-p",
                "model=single-thread", "-p", "tasks=1", "-p", "sleepMillis=200", "-i", Integer.toString(samples)));
        return new ProcessBuilder(TestJvms.command(dir, Main.class, args.toArray(String[]::new)))
                .redirectOutput(dir.resolve(name + ".out").toFile()).redirectError(dir.resolve(name + ".err").toFile())
                .start();
    }

    private String read(String file) throws Exception {
        Path p = dir.resolve(file);
        return Files.exists(p) ? Files.readString(p) : "";
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "gave up waiting until " + what);
            Thread.sleep(50);
        }
    }

    @Test
    void aSecondRunExitsTwoNamingTheFirstAndOneWithWaitRunsAfterIt() throws Exception {
        Process first = start("first", 30);
        Process third = null;
        try {
            waitUntil(() -> {
                try {
                    return Files.exists(dir.resolve(RunLock.FILE))
                            && Files.readString(dir.resolve(RunLock.FILE)).startsWith("pid " + first.pid() + ",");
                } catch (java.io.IOException e) {
                    return false;
                }
            }, "the first run holds the lock");

            Process second = start("second", 1);
            assertTrue(second.waitFor(120, TimeUnit.SECONDS));
            String err = read("second.err");
            assertEquals(2, second.exitValue(), err);
            assertTrue(err.startsWith("error: another benchmark run is measuring on this machine: threads-vs-processes"
                    + " run pid " + first.pid() + ", started "), err);
            assertTrue(err.contains("wait for it with --wait"), err);
            assertEquals(1, err.lines().count(), "one line: " + err);
            assertFalse(Files.exists(dir.resolve("second")), "nothing planned or written");

            third = start("third", 1, "--wait");
            Process waiting = third;
            waitUntil(() -> {
                try {
                    return read("third.out").contains("Waiting for another benchmark run to end (--wait): "
                            + "threads-vs-processes run pid " + first.pid());
                } catch (Exception e) {
                    return false;
                }
            }, "the third run says that it waits");
            assertTrue(first.isAlive(), "it waits while the first run measures");
            assertTrue(waiting.isAlive());

            assertTrue(first.waitFor(180, TimeUnit.SECONDS));
            assertEquals(0, first.exitValue(), read("first.out") + read("first.err"));
            assertTrue(third.waitFor(180, TimeUnit.SECONDS));
            assertEquals(0, third.exitValue(), read("third.out") + read("third.err"));
        } finally {
            first.destroyForcibly();
            if (third != null) {
                third.destroyForcibly();
            }
        }
        // the third started measuring only after the first had written its last file
        Path firstRun = only(dir.resolve("first").resolve("results"));
        Path thirdRun = only(dir.resolve("third").resolve("results"));
        FileTime firstDone = Files.getLastModifiedTime(firstRun.resolve(RunFolder.CSV));
        Instant thirdStarted = Instant.parse(new RunFolder(thirdRun).readMachine().startedAt());
        assertFalse(thirdStarted.isBefore(firstDone.toInstant()), thirdStarted + " is not before " + firstDone);
        assertTrue(read("third.out").contains("The other run has ended; this one starts."));
    }

    private static Path only(Path folder) throws Exception {
        try (Stream<Path> runs = Files.list(folder)) {
            List<Path> all = runs.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }
}

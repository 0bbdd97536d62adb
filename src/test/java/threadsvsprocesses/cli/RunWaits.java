package threadsvsprocesses.cli;

import threadsvsprocesses.run.PlannedCell;
import threadsvsprocesses.run.RunFolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Waiting, in tests that stop or spoil a real run midway, until it has measured some cells. */
final class RunWaits {

    private RunWaits() {
    }

    /**
     * Polls {@code results} until a run folder there records at least {@code cells} measured cells in its plan.json,
     * calling {@code eachPoll} on every round (to note the processes the run starts), for up to two minutes.
     *
     * @throws AssertionError if the run exits or the time runs out first
     */
    static RunFolder untilDone(Path results, Process run, int cells, Runnable eachPoll) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline && run.isAlive()) {
            eachPoll.run();
            if (Files.isDirectory(results)) {
                try (Stream<Path> runs = Files.list(results)) {
                    for (Path dir : runs.toList()) {
                        RunFolder folder = new RunFolder(dir);
                        if (Files.exists(folder.file(RunFolder.PLAN)) && folder.readPlan().cells().stream()
                                .filter(c -> c.status() == PlannedCell.Status.DONE).count() >= cells) {
                            return folder;
                        }
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the run measured fewer than " + cells + " cells; it "
                + (run.isAlive() ? "is still going" : "exited"));
    }
}

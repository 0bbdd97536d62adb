package threadsvsprocesses.experiments.counter;

import threadsvsprocesses.execution.WorkerFailedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code workers} child JVMs that each add 1 {@code increments} times, either to a counter of their own
 * ({@code private}: processes share nothing, so the parent's counter gains nothing) or to one long in a
 * memory-mapped file that parent and children all map ({@code mapped}: atomic adds, nothing lost).
 *
 * <p>The children start once, when this is made, and serve every operation, like a process pool: starting a JVM
 * costs tens of milliseconds, more than a million increments, so starting them per operation would measure JVM
 * start-up (the {@code startup} experiment does that), not the cost of sharing a counter. Each operation is one
 * {@code ADD} line to every child and one {@code DONE} line back from each.
 *
 * <p>If a child crashes, hangs past the job timeout or answers garbage, every child is stopped and this and every
 * later operation fails with the first reason.
 */
final class ChildCounters implements SharedCounter {

    private final List<CounterChild> children = new ArrayList<>();
    private final Path file;
    private final MappedLong shared;
    /**
     * The parent's counter in the private variant. Each child counts on a copy of its own, as a forked Python
     * process has its own copy of a global: nothing a child does can reach this field, so it stays 0.
     */
    private long parentCounter;
    private String brokenBecause;

    private ChildCounters(Path file, MappedLong shared) {
        this.file = file;
        this.shared = shared;
    }

    /** Starts {@code workers} children, each with a counter of its own. */
    static ChildCounters startPrivate(int workers) throws IOException, WorkerFailedException, InterruptedException {
        ChildCounters c = new ChildCounters(null, null);
        c.startChildren(workers, List.of("private"));
        return c;
    }

    /** Starts {@code workers} children that all add to the long in one new memory-mapped file. */
    static ChildCounters startMapped(int workers) throws IOException, WorkerFailedException, InterruptedException {
        Path file = MappedLong.createFile();
        ChildCounters c;
        try {
            c = new ChildCounters(file, MappedLong.map(file));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        c.startChildren(workers, List.of("mapped", file.toString()));
        // Every child has mapped the file (it said READY): the mappings outlive the name, so the file is unlinked
        // now, and a run killed by SIGKILL leaves nothing in the temp folder. Where the OS refuses to delete a
        // mapped file, close() deletes it.
        c.deleteFileQuietly();
        return c;
    }

    private void startChildren(int workers, List<String> args) throws IOException, WorkerFailedException, InterruptedException {
        if (workers < 1) {
            close();
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        try {
            for (int i = 0; i < workers; i++) {
                children.add(CounterChild.start(args));
            }
            long deadline = CounterChild.deadlineNanos();
            for (CounterChild child : children) {
                child.receive(CounterChildMain.READY, deadline);
            }
        } catch (IOException | WorkerFailedException | InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public int workers() {
        return children.size();
    }

    @Override
    public long addAll(long increments) throws Exception {
        if (increments < 1) {
            throw new IllegalArgumentException("increments must be at least 1, got " + increments);
        }
        if (brokenBecause != null) {
            throw new WorkerFailedException("the counter children were stopped earlier: " + brokenBecause);
        }
        if (shared != null) {
            shared.set(0);
        }
        parentCounter = 0;
        try {
            for (CounterChild child : children) {
                child.send(CounterChildMain.ADD + increments);
            }
            long deadline = CounterChild.deadlineNanos();
            for (CounterChild child : children) {
                String made = child.receive(CounterChildMain.DONE, deadline);
                // Each child reports the increments it made: proof that the work was done, whatever the
                // shared value shows.
                if (!made.equals(Long.toString(increments))) {
                    throw new WorkerFailedException("counter child JVM pid " + child.handle().pid() + " made " + made
                            + " increments where " + increments + " were asked");
                }
            }
        } catch (WorkerFailedException | InterruptedException | RuntimeException e) {
            brokenBecause = e.getMessage();
            children.forEach(CounterChild::kill);
            throw e;
        }
        return shared != null ? shared.get() : parentCounter;
    }

    /** The children's process handles, for tests that check none outlives this. */
    List<ProcessHandle> childHandles() {
        return children.stream().map(CounterChild::handle).toList();
    }

    /** The mapped file's path (null for the private variant), for tests that check it is gone. */
    Path file() {
        return file;
    }

    @Override
    public void close() {
        children.forEach(CounterChild::close);
        deleteFileQuietly();
    }

    private void deleteFileQuietly() {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // e.g. an OS that will not delete a mapped file; close() tries again after the children are gone
        }
    }
}

package threadsvsprocesses.experiments.counter;

import threadsvsprocesses.execution.WorkerFailedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code workers} child JVMs that each add 1 {@code increments} times to the counter in one memory-mapped file that
 * the parent maps shared: {@code private}, each child maps the counter's page copy-on-write, as a forked Python
 * process has its own copy of a global, so its adds stay in its own copy; {@code mapped}, every child maps it shared
 * and adds atomically, and nothing is lost.
 *
 * <p>The result of an operation is the parent's counter as the children left it: had a child's page not been
 * private, its increments would show there (tested with {@link CounterChildMain.Mode#LEAKY}), so "processes share
 * nothing" is measured, not assumed.
 *
 * <p>The children start once, when this is made, and serve every operation, like a process pool: starting a JVM
 * costs tens of milliseconds, more than a million increments, so starting them per operation would measure JVM
 * start-up (the {@code startup} experiment does that), not the cost of sharing a counter. Each operation: the
 * parent zeroes the counter and sends {@code ADD <increments> <round>} to every child; each answers {@code ARMED}
 * and spins on the file's start gate; once all are armed the parent opens the gate, so all start counting at the same
 * moment, as the threads do behind their latch; each answers {@code DONE}.
 *
 * <p>If a child crashes, hangs past the job timeout or answers garbage, every child is stopped and this and every
 * later operation fails with the first reason.
 */
final class ChildCounters implements SharedCounter {

    private final List<CounterChild> children = new ArrayList<>();
    private final Path file;
    private final MappedLong gate;
    private final MappedLong counter;
    private long round;
    private String brokenBecause;

    private ChildCounters(Path file, MappedLong gate, MappedLong counter) {
        this.file = file;
        this.gate = gate;
        this.counter = counter;
    }

    /** Starts {@code workers} children holding the counter as {@code mode} says. */
    static ChildCounters start(int workers, CounterChildMain.Mode mode)
            throws IOException, WorkerFailedException, InterruptedException {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        Path file = MappedLong.createFile();
        ChildCounters c;
        try {
            c = new ChildCounters(file, MappedLong.map(file, MappedLong.GATE, false),
                    MappedLong.map(file, MappedLong.COUNTER, false));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        c.startChildren(workers, List.of(mode.arg, file.toString()));
        // Every child has mapped the file (it said READY): the mappings outlive the name, so the file is unlinked
        // now, and a run killed by SIGKILL leaves nothing in the temp folder. Where the OS refuses to delete a
        // mapped file, close() deletes it.
        c.deleteFileQuietly();
        return c;
    }

    private void startChildren(int workers, List<String> args) throws IOException, WorkerFailedException, InterruptedException {
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
        counter.set(0);
        round++;
        try {
            for (CounterChild child : children) {
                child.send(CounterChildMain.ADD + increments + " " + round);
            }
            long deadline = CounterChild.deadlineNanos();
            for (CounterChild child : children) {
                child.receive(CounterChildMain.ARMED, deadline);
            }
            gate.release(round);
            for (CounterChild child : children) {
                String made = child.receive(CounterChildMain.DONE, deadline);
                // Each child reports the increments it made (a private child: its own copy's value): proof that the
                // work was done, whatever the parent's counter shows.
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
        return counter.get();
    }

    /** The children's process handles, for tests that check none outlives this. */
    List<ProcessHandle> childHandles() {
        return children.stream().map(CounterChild::handle).toList();
    }

    /** The counter file's path, for tests that check it is gone. */
    Path file() {
        return file;
    }

    @Override
    public void close() {
        children.forEach(CounterChild::close);
        deleteFileQuietly();
    }

    private void deleteFileQuietly() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // e.g. an OS that will not delete a mapped file; close() tries again after the children are gone
        }
    }
}

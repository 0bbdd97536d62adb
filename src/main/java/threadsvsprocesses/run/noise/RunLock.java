package threadsvsprocesses.run.noise;

import threadsvsprocesses.run.BadInputException;
import threadsvsprocesses.run.machine.ProcLocks;
import threadsvsprocesses.run.machine.SystemFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * One benchmark run at a time on a machine. A run holds two locks, both taken with {@code FileChannel.tryLock} in
 * {@code java.io.tmpdir} (so the OS drops them when the process dies, and a stale lock file of a dead run is simply
 * taken over):
 * <ul>
 *   <li>the suite's own, {@value #FILE}, which holds the holder's pid and start time so the next run can name it;</li>
 *   <li>JMH's, {@code jmh.lock}, which every JMH run takes while it measures. The run holds it between its cells and
 *       lends it to its own JMH for each cell ({@link #lendingJmhLock}), so no other JMH starts in between.</li>
 * </ul>
 * A run that finds either held exits 2 with one line naming the other run's pid, or with {@code --wait} says that it
 * waits and waits. {@code report}, {@code compare} and {@code check} never take the lock.
 */
public final class RunLock implements AutoCloseable {

    /** The suite's lock file, in {@code java.io.tmpdir}. */
    public static final String FILE = "threads-vs-processes.lock";
    /** JMH's lock file, in {@code java.io.tmpdir} (JMH's Runner takes it for every run). */
    public static final String JMH_FILE = "jmh.lock";

    private static final Duration POLL = Duration.ofMillis(500);

    private final FileChannel suite;
    private final FileLock suiteLock;
    private final FileChannel jmh;
    private FileLock jmhLock;

    private RunLock(FileChannel suite, FileLock suiteLock, FileChannel jmh, FileLock jmhLock) {
        this.suite = suite;
        this.suiteLock = suiteLock;
        this.jmh = jmh;
        this.jmhLock = jmhLock;
    }

    /** The folder both locks live in. */
    public static Path dir() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /**
     * Takes both locks.
     *
     * @param wait    wait for another run to end, saying so once on {@code out}; else fail at once
     * @param command how this run was started, written into the lock for the next run to show
     * @throws BadInputException without {@code wait}, when another run holds a lock: one line naming it
     */
    public static RunLock acquire(boolean wait, String command, PrintStream out) throws InterruptedException {
        return acquire(dir(), wait, command, out);
    }

    /** {@link #acquire(boolean, String, PrintStream)} with both lock files in {@code dir}. */
    public static RunLock acquire(Path dir, boolean wait, String command, PrintStream out) throws InterruptedException {
        boolean said = false;
        while (true) {
            FileChannel suite = open(dir.resolve(FILE));
            FileLock suiteLock = tryLock(suite);
            String holder;
            if (suiteLock != null) {
                FileChannel jmh = open(dir.resolve(JMH_FILE));
                FileLock jmhLock = tryLock(jmh);
                if (jmhLock != null) {
                    RunLock lock = new RunLock(suite, suiteLock, jmh, jmhLock);
                    lock.writeHolder(command);
                    if (said) {
                        out.println("The other run has ended; this one starts.");
                    }
                    return lock;
                }
                close(jmh);
                holder = jmhHolder(dir.resolve(JMH_FILE));
            } else {
                holder = suiteHolder(dir.resolve(FILE));
            }
            close(suite);
            if (!wait) {
                throw new BadInputException("another benchmark run is measuring on this machine: " + holder
                        + "; wait for it with --wait (java -jar benchmarks.jar --wait ...), or start this one later");
            }
            if (!said) {
                out.println("Waiting for another benchmark run to end (--wait): " + holder + ".");
                out.flush();
                said = true;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /**
     * Runs a cell with JMH's lock released to this JVM's own JMH, which takes it for the cell, and takes it back
     * after. (Within one JVM two holds of one file overlap, so JMH cannot take it while this lock has it.)
     */
    public synchronized <T> T lendingJmhLock(Supplier<T> cell) {
        release(jmhLock);
        jmhLock = null;
        try {
            return cell.get();
        } finally {
            // null if another JMH took it in between: that run then shows in the next cell's noise
            jmhLock = tryLock(jmh);
        }
    }

    /** Releases both locks, clearing the holder's line. */
    @Override
    public synchronized void close() {
        try {
            suite.truncate(0);
        } catch (IOException ignored) {
            // the next run overwrites a stale line anyway
        }
        release(jmhLock);
        release(suiteLock);
        close(jmh);
        close(suite);
    }

    private void writeHolder(String command) {
        String line = "pid " + ProcessHandle.current().pid() + ", started " + Instant.now().toString().replaceAll("\\.\\d+Z$", "Z")
                + (command.isBlank() ? "" : ": " + command.replaceAll("[\\r\\n]+", " ")) + "\n";
        try {
            suite.truncate(0);
            suite.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)), 0);
            suite.force(false);
        } catch (IOException ignored) {
            // the next run then names no pid, but still waits or stops
        }
    }

    /** "threads-vs-processes run pid 4242, started ...: --profile quick" from the suite's lock file. */
    static String suiteHolder(Path file) {
        String line = "";
        try {
            line = Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException ignored) {
            // named as unknown below
        }
        return line.isEmpty() ? "a threads-vs-processes run holds " + file + " (it has not written its pid yet)"
                : "threads-vs-processes run " + line.lines().findFirst().orElse("") + " (holds " + file + ")";
    }

    /** "a JMH run, pid 4242 (java), holds /tmp/jmh.lock", from /proc/locks. */
    static String jmhHolder(Path file) {
        OptionalLong pid = OptionalLong.empty();
        try {
            Object inode = Files.getAttribute(file, "unix:ino");
            pid = ProcLocks.holder(SystemFiles.live(), ((Number) inode).longValue());
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException ignored) {
            // named without its pid below
        }
        if (pid.isEmpty()) {
            return "a JMH run holds " + file + " (its pid is not shown: no /proc/locks line names it)";
        }
        String name = ProcessHandle.of(pid.getAsLong()).flatMap(p -> p.info().command())
                .map(c -> Path.of(c).getFileName().toString()).orElse("?");
        return "a JMH run, pid " + pid.getAsLong() + " (" + name + "), holds " + file;
    }

    private static FileChannel open(Path file) {
        try {
            boolean created = !Files.exists(file);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            if (created && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                try {
                    // as JMH does with its own: any user's next run must be able to take it
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
                } catch (IOException ignored) {
                    // another user's run then cannot take it, and says so
                }
            }
            return channel;
        } catch (IOException e) {
            throw new BadInputException("cannot open the run lock " + file + " (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); remove it if no run is going, or give another -Djava.io.tmpdir");
        }
    }

    private static FileLock tryLock(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this JVM: another run in this process
        } catch (IOException e) {
            throw new BadInputException("cannot lock the run lock (" + e.getMessage() + ")");
        }
    }

    private static void release(FileLock lock) {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}

package threadsvsprocesses.experiments.memory;

import threadsvsprocesses.execution.LinePipe;
import threadsvsprocesses.execution.ThreadLimitException;
import threadsvsprocesses.execution.WorkerFailedException;
import threadsvsprocesses.execution.WorkerTimeouts;
import threadsvsprocesses.experiments.child.ChildJvm;

import java.io.IOException;

/**
 * The parent's side of a probe JVM ({@link ThreadProbeMain}): starts a fresh JVM that parks {@code count} threads and
 * measures what they cost, waits for its one line and turns it into a {@link Footprint}.
 */
final class ThreadProbe {

    private ThreadProbe() {
    }

    /** Measures {@code count} parked platform or virtual threads in a fresh JVM; it has exited when this returns. */
    static Footprint measure(boolean virtual, int count) throws IOException, InterruptedException, WorkerFailedException {
        try (ChildJvm probe = ChildJvm.start(ThreadProbeMain.FLAGS, ThreadProbeMain.class,
                virtual ? "virtual" : "platform", Integer.toString(count))) {
            LinePipe pipe = new LinePipe(probe.stdin(), probe.stdout(), "memory-probe-" + probe.pid() + "-stdout");
            String line = pipe.next(System.nanoTime() + WorkerTimeouts.jobTimeout().toNanos());
            return parse(line, count, "memory probe JVM pid " + probe.pid());
        }
    }

    /** The footprint per thread in a probe's line; a refused thread or a broken probe is an exception. */
    static Footprint parse(String line, int count, String probe) throws WorkerFailedException {
        if (line == null) {
            throw new WorkerFailedException(probe + " did not answer within the job timeout of "
                    + WorkerTimeouts.jobTimeout().toSeconds() + " s (set -D" + WorkerTimeouts.PROPERTY + " to change it)");
        }
        if (LinePipe.END.equals(line)) {
            throw new WorkerFailedException(probe + " exited before answering");
        }
        if (line.startsWith("LIMIT ")) {
            throw new ThreadLimitException(line.substring(6), null);
        }
        if (line.startsWith("UNKNOWN ")) {
            Footprint.sayNoProc(line.substring(8));
            return Footprint.unknown(count, 0);
        }
        String[] f = line.split(" ");
        if (f.length != 7 || !f[0].equals("FOOTPRINT")) {
            throw new WorkerFailedException(probe + " answered '" + LinePipe.abbreviate(line) + "' where 'FOOTPRINT ...'"
                    + " was expected");
        }
        try {
            ProcessMemory total = new ProcessMemory(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), 0);
            return Footprint.perHolder(total, Long.parseLong(f[4]), count, Integer.parseInt(f[5]), Long.parseLong(f[6]));
        } catch (NumberFormatException e) {
            throw new WorkerFailedException(probe + " answered a non-numeric footprint '" + line + "'", e);
        }
    }
}

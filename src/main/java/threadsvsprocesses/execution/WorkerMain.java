package threadsvsprocesses.execution;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The main class of a worker JVM. Its main thread reads requests from stdin ({@link WorkerProtocol}), runs each
 * request's jobs one after another and writes their results to stdout: no other thread and no queue stand between
 * the pipe and the work, so a job costs one read and one write on the worker's side.
 *
 * <p>No child outlives its parent: stdin at end-of-file (the parent closed it, or died and the kernel closed it)
 * halts the JVM at once, and since the main thread does not read stdin while it runs a job, a daemon thread
 * ({@link ParentWatch#watchParent()}) halts it within a fraction of a second of the parent's death, even in the
 * middle of a job. A parent that closes stdin on purpose while a job runs destroys the worker if it does not go
 * ({@link Lifeline#closeAndWait}).
 */
public final class WorkerMain {

    private WorkerMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        ParentWatch.watchParent();
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out),
                1 << 16));
        long jobsRun = 0;
        try {
            while (true) {
                int kind = in.read();
                switch (kind) {
                    case -1 -> Runtime.getRuntime().halt(0); // stdin closed: the parent is done, or gone
                    case WorkerProtocol.JOBS -> jobsRun += answer(in, out);
                    case WorkerProtocol.STATS -> WorkerProtocol.writeOk(out, new long[] {jobsRun});
                    case WorkerProtocol.CRASH -> Runtime.getRuntime().halt(in.readInt());
                    case WorkerProtocol.GARBAGE -> out.write("\u0001garbage\u0002".getBytes(StandardCharsets.UTF_8));
                    case WorkerProtocol.HANG -> Thread.sleep(Long.MAX_VALUE);
                    default -> WorkerProtocol.writeError(out, "unknown request byte " + kind);
                }
                out.flush();
            }
        } catch (EOFException e) {
            Runtime.getRuntime().halt(0); // stdin closed in the middle of a request
        }
    }

    /** Reads one request of jobs, runs them in order and writes their results; returns the jobs run. */
    private static int answer(DataInputStream in, DataOutputStream out) throws IOException, InterruptedException {
        List<Job> jobs;
        try {
            jobs = WorkerProtocol.readJobs(in);
        } catch (IllegalArgumentException e) {
            WorkerProtocol.writeError(out, e.getMessage());
            return 0;
        }
        long[] results = new long[jobs.size()];
        try {
            for (int i = 0; i < results.length; i++) {
                results[i] = jobs.get(i).run();
            }
        } catch (RuntimeException e) {
            WorkerProtocol.writeError(out, String.valueOf(e.getMessage()));
            return 0;
        }
        WorkerProtocol.writeOk(out, results);
        return results.length;
    }
}

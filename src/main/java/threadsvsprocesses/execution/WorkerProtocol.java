package threadsvsprocesses.execution;

import threadsvsprocesses.workload.Workload;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary messages between a parent and its worker JVMs ({@link WorkerMain}), over the worker's stdin and stdout:
 * no text to format or parse, no per-job string, a few bytes per job.
 * <ul>
 *   <li>request {@link #JOBS}: the byte 'J', an int n, then n jobs of a byte (the workload's ordinal) and three longs
 *       (from, to, sleepMillis); answered by {@link #OK}: the byte 'K', the int n, then n longs, each job's result
 *       in order; or by {@link #ERROR}: the byte 'E' and a UTF string saying why</li>
 *   <li>request {@link #STATS}: the byte 'S'; answered by {@link #OK} with one long, the jobs the worker has run</li>
 *   <li>for fault-injection tests: {@link #CRASH} (the byte 'C' and an int exit status), {@link #GARBAGE} ('G': the
 *       worker answers bytes that are no answer) and {@link #HANG} ('H': it never answers)</li>
 * </ul>
 */
final class WorkerProtocol {

    static final int JOBS = 'J';
    static final int STATS = 'S';
    static final int CRASH = 'C';
    static final int GARBAGE = 'G';
    static final int HANG = 'H';
    static final int OK = 'K';
    static final int ERROR = 'E';

    /** Bytes of a request of {@code jobs} jobs. */
    static int requestBytes(int jobs) {
        return 5 + 25 * jobs;
    }

    /** Bytes of the answer to a request of {@code jobs} jobs. */
    static int answerBytes(int jobs) {
        return 5 + 8 * jobs;
    }

    private WorkerProtocol() {
    }

    static void writeJobs(DataOutputStream out, List<Job> jobs) throws IOException {
        out.writeByte(JOBS);
        out.writeInt(jobs.size());
        for (Job job : jobs) {
            out.writeByte(job.workload().ordinal());
            out.writeLong(job.from());
            out.writeLong(job.to());
            out.writeLong(job.sleepMillis());
        }
    }

    /**
     * The jobs of a {@link #JOBS} request whose kind byte has been read. Every field is read before any is judged, so
     * a bad job leaves the stream at the next request.
     *
     * @throws IllegalArgumentException for a workload code or range that is no job, after the whole request is read
     */
    static List<Job> readJobs(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 24) {
            throw new IOException("a request of " + n + " jobs");
        }
        int[] codes = new int[n];
        long[][] fields = new long[n][3];
        for (int i = 0; i < n; i++) {
            codes[i] = in.readUnsignedByte();
            for (int f = 0; f < 3; f++) {
                fields[i][f] = in.readLong();
            }
        }
        List<Job> jobs = new ArrayList<>(n);
        Workload[] workloads = Workload.values();
        for (int i = 0; i < n; i++) {
            if (codes[i] >= workloads.length) {
                throw new IllegalArgumentException("unknown workload code " + codes[i] + " (job " + (i + 1) + " of "
                        + n + ")");
            }
            jobs.add(new Job(workloads[codes[i]], fields[i][0], fields[i][1], fields[i][2]));
        }
        return jobs;
    }

    static void writeOk(DataOutputStream out, long[] results) throws IOException {
        out.writeByte(OK);
        out.writeInt(results.length);
        for (long r : results) {
            out.writeLong(r);
        }
    }

    static void writeError(DataOutputStream out, String reason) throws IOException {
        out.writeByte(ERROR);
        String r = reason == null ? "" : reason.replace('\n', ' ');
        out.writeUTF(r.length() > 2000 ? r.substring(0, 2000) : r);
    }
}

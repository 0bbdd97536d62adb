package threadsvsprocesses.execution;

import threadsvsprocesses.workload.Workload;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The training run of {@link ClassDataArchive}: loads every class of the child jar (named as its argument) and goes
 * once through what the child mains do at start-up (a line read from a stream, a line printed, a platform and a
 * virtual thread started and joined), so that the archive holds those classes already parsed and linked. It starts
 * no process, reads no stdin and exits by itself within a second or so.
 */
public final class ChildTrainingMain {

    private ChildTrainingMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("child training: expected the child jar as the only argument");
            System.exit(2);
        }
        ClassLoader loader = ChildTrainingMain.class.getClassLoader();
        int loaded = 0;
        for (String name : SlimClassPath.classNames(Path.of(args[0]))) {
            // loaded and linked, not initialised: no static initialiser of a child main runs here
            Class.forName(name, false, loader);
            loaded++;
        }
        // a pool worker's request and answer, through the worker protocol's own code
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        DataOutputStream requestOut = new DataOutputStream(request);
        WorkerProtocol.writeJobs(requestOut, List.of(new Job(Workload.SQUARES, 0, 1000, 0)));
        requestOut.flush();
        DataInputStream requestIn = new DataInputStream(new ByteArrayInputStream(request.toByteArray()));
        requestIn.read(); // the request's kind byte
        List<Job> jobs = WorkerProtocol.readJobs(requestIn);
        WorkerProtocol.writeOk(new DataOutputStream(OutputStream.nullOutputStream()), new long[] {jobs.get(0).run()});
        // the echo children's line read from a stream and line printed
        BufferedReader in = new BufferedReader(new InputStreamReader(
                new ByteArrayInputStream("ping\n".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        out.println(in.readLine() + " " + loaded);
        Thread platform = Thread.ofPlatform().start(() -> out.println("platform"));
        Thread virtual = Thread.ofVirtual().start(() -> out.println("virtual"));
        platform.join();
        virtual.join();
        out.flush();
    }
}

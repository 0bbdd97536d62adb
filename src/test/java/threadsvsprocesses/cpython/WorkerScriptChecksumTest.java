package threadsvsprocesses.cpython;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.workload.Workload;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The CPython worker script, driven over its raw line protocol, computes the JVM's checksums bit for bit under every
 * CPython model and worker count, and takes its children with it when its stdin closes ({@link PythonWorkerTest}
 * drives it through the Java side). Skipped where no {@code python3} is on the PATH.
 */
class WorkerScriptChecksumTest {

    private static final String SCRIPT = "/threadsvsprocesses/cpython/worker.py";

    @TempDir
    Path tmp;

    @Test
    void everyModelGivesTheJvmsChecksumAndLeavesNoProcess() throws Exception {
        assumeTrue(python() != null, "no python3 on the PATH");
        Path script = tmp.resolve("worker.py");
        try (InputStream in = WorkerScriptChecksumTest.class.getResourceAsStream(SCRIPT)) {
            assertNotNull(in, SCRIPT + " is shipped in the jar");
            Files.copy(in, script);
        }
        Process worker = new ProcessBuilder(python(), script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (Writer requests = new OutputStreamWriter(worker.getOutputStream(), StandardCharsets.UTF_8);
             BufferedReader answers = new BufferedReader(new InputStreamReader(worker.getInputStream(),
                     StandardCharsets.UTF_8))) {
            long[][] cases = {{0, 30_000, 0}, {1, 1_000, 0}, {2, 5, 1}}; // workload, size, sleepMillis
            for (long[] c : cases) {
                Workload workload = Workload.values()[(int) c[0]];
                long jvm = workload.run(0, workload.units(c[1]), c[2]);
                for (String model : List.of("single", "thread", "process-fork", "process-forkserver",
                        "process-spawn", "pool")) {
                    for (int workers : new int[] {1, 2, 3}) {
                        String request = String.format("run %s %d %s %d %d", workload.label(), c[1], model, workers,
                                c[2]);
                        requests.write(request + "\n");
                        requests.flush();
                        assertEquals("ok " + jvm, answers.readLine(), request);
                    }
                }
            }
            requests.write("run nothing 1 single 1 0\n");
            requests.flush();
            String refusal = answers.readLine();
            assertTrue(refusal.startsWith("error "), refusal); // a bad request is one line back; the worker goes on
        }
        List<ProcessHandle> children = worker.descendants().toList();
        assertTrue(worker.waitFor(30, TimeUnit.SECONDS), "the worker ends when its stdin closes");
        for (ProcessHandle child : children) {
            child.onExit().get(30, TimeUnit.SECONDS);
            assertFalse(child.isAlive(), "child " + child.pid() + " outlived the worker");
        }
    }

    private static String python() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "python3");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }
}

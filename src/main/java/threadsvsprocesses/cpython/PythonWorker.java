package threadsvsprocesses.cpython;

import threadsvsprocesses.execution.WorkerFailedException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One Python interpreter running the suite's worker script ({@code worker.py}, shipped in the jar), started once
 * per JMH trial, as the process pool's JVMs are. Each {@link #run} is one operation: a request line over its stdin,
 * the checksum back on its stdout. Whatever goes wrong (the interpreter crashes, hangs past the timeout, answers
 * something that is not an answer, or reports an error) is a {@link WorkerFailedException} with a one-line reason,
 * and a worker that broke the protocol is killed at once.
 *
 * <p>No orphans: the script exits when its stdin closes, terminating its pool and children; every process of it
 * also exits within 0.2 s of its parent's death (a watchdog thread). {@link #close} closes stdin, waits a moment,
 * then kills the interpreter and every descendant still there.
 */
public final class PythonWorker implements AutoCloseable {

    /** The script, inside the jar. */
    static final String SCRIPT = "/threadsvsprocesses/cpython/worker.py";
    /** System property naming a fault the script injects at its first request (crash, hang, garbage), for tests. */
    public static final String FAULT_PROPERTY = "tvp.pythonFault";
    private static final String FAULT_VARIABLE = "TVP_PY_FAULT";
    private static final String EOF = "\u0000eof";
    private static final int STDERR_KEPT = 2048;

    private final Process process;
    private final OutputStream requests;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final StringBuilder stderrTail = new StringBuilder();
    private final Path script;
    private final String command;

    private PythonWorker(String command, Process process, Path script) {
        this.command = command;
        this.process = process;
        this.script = script;
        this.requests = process.getOutputStream();
        daemon("python-answers", () -> readAnswers(process.getInputStream()));
        daemon("python-stderr", () -> keepStderr(process.getErrorStream()));
    }

    /**
     * Starts {@code command} on the worker script and waits until it has answered a request of no work (one term of
     * squares), so that no measured operation includes the interpreter's start and imports (about 100 ms); a
     * one-line {@link WorkerFailedException} if it cannot start or does not answer within {@code timeout}.
     */
    public static PythonWorker start(String command, Duration timeout) throws WorkerFailedException,
            InterruptedException {
        PythonWorker worker = start(command);
        try {
            worker.run("squares", 1, CpythonModel.CPYTHON_SINGLE, 1, 0, timeout);
        } catch (WorkerFailedException | InterruptedException | RuntimeException e) {
            worker.close();
            throw e;
        }
        return worker;
    }

    /** Starts {@code command} on the worker script; a one-line {@link WorkerFailedException} if it cannot start. */
    static PythonWorker start(String command) throws WorkerFailedException {
        Path script = extractScript();
        ProcessBuilder builder = new ProcessBuilder(command, "-u", script.toString());
        String fault = System.getProperty(FAULT_PROPERTY, "");
        if (!fault.isEmpty()) {
            builder.environment().put(FAULT_VARIABLE, fault);
        }
        try {
            return new PythonWorker(command, builder.start(), script);
        } catch (IOException e) {
            deleteQuietly(script);
            throw new WorkerFailedException("the Python worker could not be started: " + command + " ("
                    + e.getMessage() + ")");
        }
    }

    /**
     * One operation: {@code workload} of {@code size} (countdown steps, squares terms or sleep tasks) under
     * {@code model} with {@code workers}, each sleep task sleeping {@code sleepMillis}; returns the checksum, which
     * equals the JVM's for the same work.
     */
    public long run(String workload, long size, CpythonModel model, int workers, long sleepMillis, Duration timeout)
            throws WorkerFailedException, InterruptedException {
        String request = "run " + workload + " " + size + " " + model.wireName() + " " + workers + " " + sleepMillis;
        try {
            requests.write((request + "\n").getBytes(StandardCharsets.UTF_8));
            requests.flush();
        } catch (IOException e) {
            throw failure("the Python worker took no request (" + exitState() + ")");
        }
        String answer = answers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (answer == null) {
            throw failure("the Python worker did not answer within " + timeout.toSeconds() + " s; killed it and its"
                    + " children");
        }
        if (answer.equals(EOF)) {
            answers.offer(EOF);
            throw failure("the Python worker " + exitState() + " before answering" + stderrSaid());
        }
        if (answer.startsWith("ok ")) {
            try {
                return Long.parseLong(answer.substring(3).trim());
            } catch (NumberFormatException e) {
                // garbage after "ok": handled below
            }
        }
        if (answer.startsWith("error ")) {
            throw new WorkerFailedException("the Python worker failed: " + answer.substring(6));
        }
        throw failure("the Python worker wrote '" + printable(answer) + "' where an answer was expected");
    }

    /** The interpreter's pid, for tests that look for its children. */
    public long pid() {
        return process.pid();
    }

    /** Closes stdin (the script then stops its children and exits), then kills whatever is left. Idempotent. */
    @Override
    public void close() {
        try {
            requests.close();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        } finally {
            // children that outlived an interpreter which exited are killed too (their watchdog would end them)
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            deleteQuietly(script);
        }
    }

    private WorkerFailedException failure(String reason) {
        kill();
        return new WorkerFailedException(reason);
    }

    private void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String exitState() {
        try {
            if (process.waitFor(2, TimeUnit.SECONDS)) {
                return "exited with code " + process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "closed its output";
    }

    private String stderrSaid() {
        synchronized (stderrTail) {
            Optional<String> last = stderrTail.toString().lines().filter(l -> !l.isBlank()).reduce((a, b) -> b);
            return last.map(l -> ": " + printable(l.trim())).orElse("");
        }
    }

    private void readAnswers(InputStream out) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                answers.offer(line);
            }
        } catch (IOException ignored) {
            // the process is gone; EOF below says so
        }
        answers.offer(EOF);
    }

    private void keepStderr(InputStream err) {
        byte[] buffer = new byte[4096];
        try (err) {
            for (int n = err.read(buffer); n >= 0; n = err.read(buffer)) {
                synchronized (stderrTail) {
                    stderrTail.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    if (stderrTail.length() > STDERR_KEPT) {
                        stderrTail.delete(0, stderrTail.length() - STDERR_KEPT);
                    }
                }
            }
        } catch (IOException ignored) {
            // the process is gone
        }
    }

    /** At most 60 characters, control characters shown as {@code ?}. */
    private static String printable(String s) {
        String cut = s.length() > 60 ? s.substring(0, 60) + "..." : s;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    private static Path extractScript() throws WorkerFailedException {
        try (InputStream in = PythonWorker.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new WorkerFailedException("the Python worker script " + SCRIPT + " is missing from the jar");
            }
            Path file = Files.createTempFile("tvp-worker-", ".py");
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new WorkerFailedException("the Python worker script could not be written to a temporary file: "
                    + e.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the OS cleans it
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public String toString() {
        return "Python worker " + command + " (pid " + process.pid() + ")";
    }
}

package threadsvsprocesses.experiments.runaway;

import threadsvsprocesses.execution.ParentWatch;
import threadsvsprocesses.execution.JavaCommand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running {@link SpinMain}. The stop request is {@link Process#destroy()}: SIGTERM on Linux, which the
 * JVM answers by shutting down, whatever its threads are doing.
 */
final class RunawayChildJvm implements RunawayWorker {

    private static final long KILL_WAIT_MILLIS = 10_000;

    private final Process process;

    private RunawayChildJvm(Process process) {
        this.process = process;
    }

    /** Starts the child and returns once it has said it spins. */
    static RunawayChildJvm start() throws IOException {
        Process p = new ProcessBuilder(command()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        RunawayChildJvm worker = new RunawayChildJvm(p);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (!SpinMain.READY.equals(line)) {
                throw new IOException("runaway child JVM pid " + p.pid() + " wrote " + (line == null
                        ? "nothing" : "'" + line + "'") + " where '" + SpinMain.READY + "' was expected");
            }
            return worker;
        } catch (IOException | RuntimeException e) {
            worker.close();
            throw e;
        }
    }

    /** {@link SpinMain} in a JVM that watches this one ({@link ParentWatch}), so it cannot outlive it. */
    static List<String> command() {
        List<String> command = JavaCommand.forMain(SpinMain.class);
        command.add(1, "-D" + ParentWatch.RELAUNCHED_PROPERTY + "=" + ProcessHandle.current().pid());
        return command;
    }

    @Override
    public void requestStop() {
        process.destroy();
    }

    @Override
    public boolean awaitGone(long millis) throws InterruptedException {
        return process.waitFor(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        process.destroyForcibly();
        boolean interrupted = Thread.interrupted();
        try {
            if (!process.waitFor(KILL_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("runaway child JVM pid " + process.pid()
                        + " still runs " + KILL_WAIT_MILLIS / 1000 + " s after SIGKILL");
            }
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            closeStreams();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The child's process handle (for tests). */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** The child's exit code; only once it is gone. */
    int exitValue() {
        return process.exitValue();
    }

    private void closeStreams() {
        try {
            process.getOutputStream().close();
            process.getInputStream().close();
        } catch (IOException ignored) {
            // the child is gone; nothing left to flush
        }
    }
}

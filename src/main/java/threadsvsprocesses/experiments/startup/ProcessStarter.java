package threadsvsprocesses.experiments.startup;

import threadsvsprocesses.execution.JavaCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts one process, waits until it has exited, and checks its exit code: a child JVM running {@link TinyMain}
 * (started as the suite starts its children, or with the default command), {@code java -version}, the floor of any
 * JVM's start-up, or the native {@code /bin/true}, the floor of what starting any process costs.
 *
 * <p>The child inherits this JVM's stdin, stdout and stderr (no child reads or writes anything, but for the
 * version banner of {@code java -version}, which goes nowhere), so no pipe and no reader thread are part of the
 * cost, and a JVM's start-up errors still show in the log.
 */
public final class ProcessStarter implements Starter {

    /** The native process started by {@link #nativeProcess()}. */
    public static final Path TRUE = Path.of("/bin/true");

    private final ProcessBuilder builder;
    private final int expectedExitCode;
    private final String what;

    ProcessStarter(List<String> command, int expectedExitCode, String what) {
        this.builder = new ProcessBuilder(command).inheritIO();
        this.expectedExitCode = expectedExitCode;
        this.what = what;
    }

    /**
     * A child JVM running {@link TinyMain}, which exits at once with {@link TinyMain#EXIT_CODE}, started as the suite
     * starts every child ({@link JavaCommand#forMain}: slim class path, class-data archive, Serial GC).
     */
    public static ProcessStarter childJvm() {
        return new ProcessStarter(JavaCommand.forMain(TinyMain.class), TinyMain.EXIT_CODE, "child JVM");
    }

    /** The same child JVM started with the default command: this JVM's whole class path, default flags. */
    public static ProcessStarter defaultChildJvm() {
        return new ProcessStarter(JavaCommand.defaultChild(TinyMain.class), TinyMain.EXIT_CODE, "default child JVM");
    }

    /** {@code java -version} of this JVM's java, which exits with 0; its banner is discarded. */
    public static ProcessStarter javaVersion() {
        ProcessStarter s = new ProcessStarter(JavaCommand.version(), 0, "java -version");
        s.builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return s;
    }

    /**
     * {@code /bin/true}, which exits at once with 0.
     *
     * @throws IllegalStateException where {@code /bin/true} is missing or not executable (a one-line reason)
     */
    public static ProcessStarter nativeProcess() {
        if (!Files.isExecutable(TRUE)) {
            throw new IllegalStateException("unsupported on this machine: " + TRUE
                    + " is missing or not executable (native-process starts it)");
        }
        return new ProcessStarter(List.of(TRUE.toString()), 0, TRUE.toString());
    }

    /**
     * Starts the process, waits for its exit and returns {@code pid * 256 + exitCode}.
     *
     * @throws IllegalStateException if it exits with another code than expected: a start that failed must not
     *                               pass for a fast one
     */
    @Override
    public long startAndJoin() throws Exception {
        Process p = builder.start();
        try {
            int code = p.waitFor();
            if (code != expectedExitCode) {
                throw new IllegalStateException(what + " pid " + p.pid() + " exited with code " + code
                        + ", expected " + expectedExitCode);
            }
            return p.pid() * 256 + code;
        } finally {
            // Only when waitFor() was interrupted: no child outlives the operation.
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
    }

    /** The exit code in a value returned by {@link #startAndJoin()}. */
    public static int exitCode(long value) {
        return (int) (value & 0xFF);
    }

    /** The pid in a value returned by {@link #startAndJoin()}. */
    public static long pid(long value) {
        return value >>> 8;
    }
}

package threadsvsprocesses.execution;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The command that starts a child JVM running a given main class: this JVM's own java binary and class path, made
 * absolute. Every child JVM of the suite (pool workers, the experiments' children) is started by this command.
 */
public final class JavaCommand {

    private JavaCommand() {
    }

    /** {@code <this java> -Xlog:disable -Xlog:all=warning:stderr -cp <this class path, absolute> <main> <args>}. */
    public static List<String> forMain(Class<?> main, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBinary());
        // The JVM logs its own warnings to stdout by default; a child whose stdout is read as data must send
        // them to stderr instead.
        cmd.add("-Xlog:disable");
        cmd.add("-Xlog:all=warning:stderr");
        cmd.add("-cp");
        cmd.add(absoluteClassPath());
        cmd.add(main.getName());
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    /** The java binary running this JVM. */
    public static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** In a JMH fork the class path can be relative (benchmarks.jar); a child must not depend on the cwd. */
    static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(s -> !s.isEmpty())
                .map(s -> new File(s).getAbsolutePath())
                .collect(Collectors.joining(File.pathSeparator));
    }
}

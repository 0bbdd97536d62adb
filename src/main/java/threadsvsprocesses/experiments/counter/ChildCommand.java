package threadsvsprocesses.experiments.counter;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The command line of a child JVM, by the suite's conventions for worker JVMs (those of
 * {@code execution.ChildJvm}, which is private to its package): this JVM's own java binary, this class path made
 * absolute, and the JVM's own log kept off the stdout pipe.
 */
final class ChildCommand {

    private ChildCommand() {
    }

    /** {@code <this java> -Xlog:disable -Xlog:all=warning:stderr -cp <absolute class path> <main> <args...>}. */
    static List<String> of(Class<?> main, List<String> args) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // In a JMH fork the class path can be relative (benchmarks.jar); a child must not depend on the cwd.
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(s -> !s.isEmpty())
                .map(s -> new File(s).getAbsolutePath())
                .collect(Collectors.joining(File.pathSeparator));
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        // The JVM logs its own warnings to stdout by default, which would corrupt the answer pipe: send them to stderr.
        cmd.add("-Xlog:disable");
        cmd.add("-Xlog:all=warning:stderr");
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(main.getName());
        cmd.addAll(args);
        return cmd;
    }
}

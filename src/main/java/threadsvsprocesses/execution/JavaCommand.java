package threadsvsprocesses.execution;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The commands that start a child JVM: this JVM's own java binary, and either the suite's cheap start-up
 * ({@link #forMain}, which every child of the suite uses: pool workers, multi-process workers, the experiments'
 * children) or the plain command a program would use without care ({@link #defaultChild}: this JVM's whole class
 * path, default flags), which the start-up experiment keeps for comparison and the tests use for their own mains.
 */
public final class JavaCommand {

    /**
     * The JVM logs its own warnings to stdout by default; a child whose stdout is read as data must send them to
     * stderr instead.
     */
    private static final List<String> WARNINGS_TO_STDERR = List.of("-Xlog:disable", "-Xlog:all=warning:stderr");

    private JavaCommand() {
    }

    /**
     * The suite's child JVM: {@code <this java> -Xlog:disable -Xlog:all=warning:stderr <cheap start-up flags>
     * -cp <slim class path> <main> <args>} ({@link ChildRuntime}).
     */
    public static List<String> forMain(Class<?> main, String... args) {
        return forMain(List.of(), main, args);
    }

    /** {@link #forMain(Class, String...)} with {@code jvmFlags} of the child's own before its main (a heap size). */
    public static List<String> forMain(List<String> jvmFlags, Class<?> main, String... args) {
        List<String> flags = new ArrayList<>(jvmFlags);
        flags.addAll(ChildRuntime.current().flags());
        return command(flags, main, args);
    }

    /** The default child JVM: {@code <this java> -Xlog:disable -Xlog:all=warning:stderr -cp <this class path, absolute> <main> <args>}. */
    public static List<String> defaultChild(Class<?> main, String... args) {
        return command(List.of("-cp", absoluteClassPath()), main, args);
    }

    /** {@code <this java> -version}: the floor of any JVM's start-up (it loads no application class). */
    public static List<String> version() {
        return List.of(javaBinary(), "-version");
    }

    private static List<String> command(List<String> flags, Class<?> main, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBinary());
        cmd.addAll(WARNINGS_TO_STDERR);
        cmd.addAll(flags);
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

package threadsvsprocesses;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Commands that start a child JVM of the tests' own JDK and class path, as the suite's real runs are started. */
public final class TestJvms {

    private TestJvms() {
    }

    /** The java binary of the JVM running the tests. */
    public static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The tests' class path, every entry absolute. */
    public static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(s -> new File(s).getAbsolutePath()).collect(Collectors.joining(File.pathSeparator));
    }

    /** {@code java -Djava.io.tmpdir=<tmpdir> -cp <class path> <main> <args>}. */
    public static List<String> command(Path tmpdir, Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Djava.io.tmpdir=" + tmpdir, "-cp",
                absoluteClassPath(), main.getName()));
        command.addAll(List.of(args));
        return command;
    }
}

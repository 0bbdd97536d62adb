package threadsvsprocesses.execution;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * How the suite starts every child JVM (the multi-process and process-pool workers, the experiments' children) as
 * cheaply as the JVM allows:
 * <ul>
 *   <li>a slim class path, a jar of the suite's own child-side classes only ({@link SlimClassPath});</li>
 *   <li>a class-data archive of what a child loads ({@link ClassDataArchive}): the AOT cache on JDK 24+, a dynamic
 *       CDS archive on JDK 21 to 23, used as the JVM uses archives by default ({@code -Xshare:auto}, which the AOT
 *       options refuse to be given explicitly): one that does not fit is ignored, with a warning;</li>
 *   <li>{@code -XX:+UseSerialGC}: one GC thread and no concurrent machinery to set up, for a worker that allocates
 *       next to nothing; {@code -XX:-UsePerfData}: no hsperfdata file created and mapped in /tmp at start.</li>
 * </ul>
 * Left out on purpose: {@code -XX:TieredStopAtLevel=1} (C1 only) would save a few more milliseconds, but the
 * children's work (a countdown, a million increments) would then run in C1's code, slower than the threads' C2 code,
 * and threads and processes would no longer do the same work.
 *
 * <p>A run makes this once ({@link #prepareForRun()}), in a temporary folder removed when the run's JVM exits, and
 * hands it to JMH's forks as {@code -D}{@value #PROPERTY}. A JVM without one (a test, JMH run by hand) makes its own
 * once, the same way. A folder that is missing, incomplete or made by another JDK is not used: this JVM makes its
 * own and says so on stderr; if even that fails, children start with this JVM's whole class path and no archive.
 * Folders left by a run killed with SIGKILL are removed by the next one.
 */
public final class ChildRuntime {

    /** The system property naming the folder a run prepared for its forks. */
    public static final String PROPERTY = "tvp.childRuntime";

    /** The start-up flags of every child JVM of the suite, before the archive and the class path. */
    static final List<String> START_FLAGS = List.of("-XX:+UseSerialGC", "-XX:-UsePerfData");

    private static final String JAR = "child-classes.jar";
    private static final String INFO = "child-runtime.properties";
    private static final String PREFIX = "tvp-child-runtime-";

    private static ChildRuntime current;

    private final String classPath;
    private final List<String> archiveFlags;
    private final String description;

    private ChildRuntime(String classPath, List<String> archiveFlags, String description) {
        this.classPath = classPath;
        this.archiveFlags = List.copyOf(archiveFlags);
        this.description = description;
    }

    /** The flags that start a child JVM this way: {@link #START_FLAGS}, the archive's, {@code -cp <class path>}. */
    public List<String> flags() {
        List<String> flags = new ArrayList<>(START_FLAGS);
        flags.addAll(archiveFlags);
        flags.add("-cp");
        flags.add(classPath);
        return flags;
    }

    /** One line for a person: the class path and the archive, or why there is none. */
    public String description() {
        return description;
    }

    /** True if children start with a class-data archive. */
    public boolean hasArchive() {
        return !archiveFlags.isEmpty();
    }

    /**
     * For a run: makes the slim jar and the archive in a new temporary folder, removed when this JVM exits; pass
     * {@code -D}{@value #PROPERTY}{@code =<folder>} to the JVMs that start children.
     *
     * @return the folder and the runtime made in it
     */
    public static Prepared prepareForRun() throws IOException {
        Path dir = newFolder();
        return new Prepared(dir, prepare(dir));
    }

    /** A folder made by {@link #prepareForRun()} and what it holds. */
    public record Prepared(Path dir, ChildRuntime runtime) {
        /** The flag that hands the folder to another JVM of the run. */
        public String property() {
            return "-D" + PROPERTY + "=" + dir;
        }
    }

    /** How this JVM starts its children: the run's folder if it fits this JVM, else one of its own, made once. */
    public static synchronized ChildRuntime current() {
        if (current == null) {
            String given = System.getProperty(PROPERTY);
            if (given != null && !given.isBlank()) {
                try {
                    current = read(Path.of(given));
                } catch (IOException | RuntimeException e) {
                    say("the run's child JVM set-up in " + given + " cannot be used (" + e.getMessage()
                            + "); this JVM makes its own");
                }
            }
            if (current == null) {
                try {
                    current = prepare(newFolder());
                } catch (IOException | RuntimeException e) {
                    current = new ChildRuntime(JavaCommand.absoluteClassPath(), List.of(),
                            "this JVM's whole class path, no class-data archive (" + e.getMessage() + ")");
                    say("child JVMs start with " + current.description);
                }
            }
        }
        return current;
    }

    /** Writes the slim jar, trains the archive and records both in {@code dir}. */
    static ChildRuntime prepare(Path dir) throws IOException {
        Path jar = dir.resolve(JAR);
        int classes = SlimClassPath.write(jar);
        ClassDataArchive.Outcome archive = ClassDataArchive.create(JavaCommand.javaBinary(), Runtime.version().feature(),
                START_FLAGS, jar, dir);
        String description = "a class path of " + classes + " classes (" + JAR + "), " + archive.description() + ", "
                + String.join(" ", START_FLAGS);
        Properties info = new Properties();
        info.setProperty("javaHome", System.getProperty("java.home"));
        info.setProperty("javaVersion", System.getProperty("java.vm.version"));
        info.setProperty("archiveFlags", String.join("\n", archive.flags()));
        info.setProperty("description", description);
        Path partial = dir.resolve(INFO + ".partial");
        try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            info.store(w, "how the suite's child JVMs start; made once per run, removed at its end");
        }
        Files.move(partial, dir.resolve(INFO));
        return new ChildRuntime(jar.toString(), archive.flags(), description);
    }

    /** Reads a folder made by {@link #prepare}; fails with the reason unless it is complete and fits this JVM. */
    static ChildRuntime read(Path dir) throws IOException {
        Properties info = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve(INFO), StandardCharsets.UTF_8)) {
            info.load(r);
        }
        String home = System.getProperty("java.home");
        String version = System.getProperty("java.vm.version");
        if (!home.equals(info.getProperty("javaHome")) || !version.equals(info.getProperty("javaVersion"))) {
            throw new IOException("made by the JDK in " + info.getProperty("javaHome") + " (" + info.getProperty("javaVersion")
                    + "), this JVM is " + home + " (" + version + ")");
        }
        Path jar = dir.resolve(JAR);
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " is missing");
        }
        String flags = info.getProperty("archiveFlags", "");
        List<String> archive = flags.isEmpty() ? List.of() : Arrays.asList(flags.split("\n"));
        for (String flag : archive) {
            Path file = Path.of(flag.substring(flag.indexOf('=') + 1));
            if (!Files.isRegularFile(file)) {
                throw new IOException("its archive " + file + " is missing");
            }
        }
        return new ChildRuntime(jar.toString(), archive, info.getProperty("description", ""));
    }

    /**
     * A new folder {@code tvp-child-runtime-<pid>-*} in the temporary folder, removed when this JVM exits; first
     * removes any such folder whose JVM is gone (a run killed by SIGKILL runs no exit hook).
     */
    private static Path newFolder() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> entries = Files.list(tmp)) {
            entries.filter(p -> Files.isDirectory(p) && isStale(p.getFileName().toString())).forEach(ChildRuntime::delete);
        } catch (IOException | RuntimeException e) {
            // a temporary folder we cannot list: nothing to tidy
        }
        Path dir = Files.createTempDirectory(tmp, PREFIX + ProcessHandle.current().pid() + "-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "remove-child-runtime"));
        return dir;
    }

    /** True for a folder of ours whose JVM no longer runs. */
    static boolean isStale(String name) {
        if (!name.startsWith(PREFIX)) {
            return false;
        }
        String rest = name.substring(PREFIX.length());
        int dash = rest.indexOf('-');
        try {
            long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
            return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // gone already, or not ours to delete; the next run tries again
        }
    }

    private static void say(String line) {
        System.err.println("[threads-vs-processes] " + line);
    }
}

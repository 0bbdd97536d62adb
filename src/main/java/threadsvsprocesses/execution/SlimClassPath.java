package threadsvsprocesses.execution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A small jar holding only the classes a child JVM can need: the suite's workloads, execution models and
 * experiments, without the report, the command line, the run orchestration, the JMH bindings and every library
 * (JMH, JFreeChart, gson, ...). A JVM opens and indexes every jar on its class path at start-up, so a child started
 * with the shaded {@code benchmarks.jar} (about 7 MB, thousands of entries) pays for classes it never loads; and
 * a class-data archive ({@link ClassDataArchive}) needs its classes in a jar, not in a folder.
 *
 * <p>The classes come from wherever this class was loaded from: the shaded jar in a run, {@code target/classes} in
 * the tests. Nothing a child runs may depend on the packages left out ({@code package-info} of each says what it
 * depends on); a child that did would fail at once with {@code NoClassDefFoundError}, which the tests would show.
 */
final class SlimClassPath {

    /** The suite's packages no child JVM needs; every other class under {@link #ROOT} goes into the jar. */
    static final List<String> LEFT_OUT = List.of("report/", "cli/", "run/", "benchmarks/", "launcher/");

    private static final String ROOT = "threadsvsprocesses/";

    private SlimClassPath() {
    }

    /** Writes the jar to {@code target}; returns how many classes it holds. */
    static int write(Path target) throws IOException {
        Path source = codeSource();
        int[] count = {0};
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target))) {
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.walk(source)) {
                    for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                        String name = source.relativize(file).toString().replace('\\', '/');
                        if (wanted(name)) {
                            try (InputStream in = Files.newInputStream(file)) {
                                copy(name, in, out);
                                count[0]++;
                            }
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(source.toFile())) {
                    for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
                        if (!e.isDirectory() && wanted(e.getName())) {
                            try (InputStream in = jar.getInputStream(e)) {
                                copy(e.getName(), in, out);
                                count[0]++;
                            }
                        }
                    }
                }
            }
        }
        if (count[0] == 0) {
            throw new IOException("found no classes of the suite in " + source);
        }
        return count[0];
    }

    /** True for a class file of the suite outside the packages left out. */
    static boolean wanted(String entry) {
        if (!entry.startsWith(ROOT) || !entry.endsWith(".class")) {
            return false;
        }
        String inside = entry.substring(ROOT.length());
        return LEFT_OUT.stream().noneMatch(inside::startsWith);
    }

    /** The class names in a jar written by {@link #write}, for the training run to load. */
    static List<String> classNames(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).toList();
        }
    }

    private static void copy(String name, InputStream in, JarOutputStream jar) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        in.transferTo(jar);
        jar.closeEntry();
    }

    /** The jar or folder this class was loaded from. */
    private static Path codeSource() {
        try {
            return Path.of(SlimClassPath.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("cannot tell where the suite's classes were loaded from", e));
        }
    }
}

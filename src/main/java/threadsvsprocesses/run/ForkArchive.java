package threadsvsprocesses.run;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;
import threadsvsprocesses.benchmarks.CountdownBenchmark;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A class-data archive for JMH's forks, so that a fork maps JMH's and the suite's classes instead of loading them
 * from the jar. A standard run starts about a thousand forks, and on a 2-core VM each spends about half a second
 * starting, of which the archive saves about 0.3 s.
 *
 * <p>Why it cannot change a measured figure: the archive is a dynamic CDS archive ({@code -XX:ArchiveClassesAtExit},
 * JDK 13 and later), which holds parsed classes only: no method profiles and no compiled code (unlike the AOT cache of
 * JDK 24+, which keeps profiles from its training run and is therefore not used here). Every fork still starts with
 * a cold JIT and warms up as before; what a benchmark times starts after the fork has loaded its classes. The child
 * JVMs a benchmark starts have their own start-up set-up ({@code execution.ChildRuntime}).
 *
 * <p>It is made by one training fork of the cheapest workload cell, with the run's own fork flags, and used with
 * the JVM's default {@code -Xshare:auto}: a fork that cannot use it loads its classes as before. It is not made when
 * the user names another JVM for the forks ({@code -jvm}), passes flags of their own for class sharing, or runs the
 * suite from folders of classes (a test): the JVM archives classes from jars only.
 */
final class ForkArchive {

    /** The training fork: a countdown of a thousand steps on one thread, one shot. */
    private static final String TRAINING_BENCHMARK = CountdownBenchmark.class.getName() + ".countdown";

    /**
     * What became of the archive.
     *
     * @param flags       what a fork adds to use it; empty if there is none
     * @param description one line: the archive, or why there is none
     */
    record Outcome(List<String> flags, String description) {
    }

    private ForkArchive() {
    }

    /** The first folder on {@code classPath} (a test's {@code target/classes}), if there is one. */
    static Optional<String> folderIn(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator)).filter(e -> !e.isEmpty())
                .filter(e -> Files.isDirectory(Path.of(e))).findFirst();
    }

    /** Trains an archive in {@code dir} for forks started with {@code forkJvmArgs}, unless {@code user} rules it out. */
    static Outcome create(Path dir, Options user, List<String> forkJvmArgs) {
        if (user.getJvm().hasValue()) {
            return new Outcome(List.of(), "no class-data archive (forks run the JVM given with -jvm)");
        }
        boolean ownSharing = forkJvmArgs.stream().anyMatch(a -> a.startsWith("-Xshare") || a.contains("SharedArchiveFile")
                || a.contains("ArchiveClassesAtExit") || a.contains("AOTCache") || a.contains("AOTMode"));
        if (ownSharing) {
            return new Outcome(List.of(), "no class-data archive (the user's JVM flags set class sharing)");
        }
        Optional<String> folder = folderIn(System.getProperty("java.class.path", ""));
        if (folder.isPresent()) {
            // the JVM archives classes from jars only, and refuses to dump with a folder on the class path
            return new Outcome(List.of(), "no class-data archive (the class path holds the folder " + folder.get()
                    + "; CDS archives classes from jars only)");
        }
        Path archive = dir.resolve("jmh-fork.jsa");
        try {
            List<String> training = new ArrayList<>(forkJvmArgs);
            training.add("-XX:ArchiveClassesAtExit=" + archive);
            Options options = new OptionsBuilder()
                    .include("^" + Pattern.quote(TRAINING_BENCHMARK) + "$")
                    .param("model", "single-thread")
                    .param("workers", "1")
                    .param("count", "1000")
                    .forks(1).warmupIterations(0).measurementIterations(1)
                    .jvmArgsAppend(training.toArray(String[]::new))
                    .verbosity(VerboseMode.SILENT)
                    .build();
            new Runner(options, OutputFormatFactory.createFormatInstance(
                    new PrintStream(PrintStream.nullOutputStream()), VerboseMode.SILENT)).run();
            if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
                return new Outcome(List.of(), "no class-data archive (the training fork wrote none)");
            }
            return new Outcome(List.of("-XX:SharedArchiveFile=" + archive), "a dynamic CDS archive of JMH and the suite ("
                    + Files.size(archive) / (1024 * 1024) + " MiB; classes only, the JIT starts cold as always)");
        } catch (Exception e) {
            return new Outcome(List.of(), "no class-data archive (" + (e.getClass().getSimpleName() + ": "
                    + e.getMessage()).replace('\n', ' ') + ")");
        }
    }
}

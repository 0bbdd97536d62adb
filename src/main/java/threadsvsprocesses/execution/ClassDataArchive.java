package threadsvsprocesses.execution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A class-data archive for the child JVMs: the classes they load, parsed and linked once, then mapped by every child
 * at start-up instead of being loaded from the jar. JDK 24 and later have the AOT cache (JEP 483; JDK 25 makes it in
 * one step, JEP 514, and keeps method profiles in it, JEP 515); JDK 21 to 23 have the dynamic CDS archive
 * ({@code -XX:ArchiveClassesAtExit}). Either is made by one training run of {@link ChildTrainingMain}, then checked by
 * a child started with the archive required ({@code -XX:AOTMode=on}, {@code -Xshare:on}), which refuses to start
 * with an archive it cannot use. A failure at any step leaves no archive: children then start without one, and the
 * outcome says why. An archive fits one JDK build and one class path; the children use it in the JVM's default mode
 * ({@code -XX:AOTMode=auto}, {@code -Xshare:auto}), so one that no longer fits is ignored, not fatal.
 */
final class ClassDataArchive {

    /** How long one training or check step may take before it is killed and the archive given up. */
    private static final long STEP_SECONDS = 120;

    /**
     * What became of the archive.
     *
     * @param flags       the flags that make a child use it; empty if there is none
     * @param description one line: which archive, or why there is none
     */
    record Outcome(List<String> flags, String description) {
    }

    private ClassDataArchive() {
    }

    /**
     * Trains and checks an archive in {@code dir} for children started as {@code java startFlags -cp jar}, with
     * {@code feature} the JDK's feature release.
     */
    static Outcome create(String java, int feature, List<String> startFlags, Path jar, Path dir) {
        Path log = dir.resolve("archive-training.log");
        try {
            List<String> use;
            String kind;
            String strict;
            if (feature >= 24) {
                Path cache = dir.resolve("child.aot");
                if (feature >= 25) {
                    run(java, startFlags, List.of("-XX:AOTCacheOutput=" + cache), jar, true, log);
                } else {
                    Path config = dir.resolve("child.aotconf");
                    run(java, startFlags, List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + config), jar, true, log);
                    run(java, startFlags, List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + config,
                            "-XX:AOTCache=" + cache), jar, false, log);
                }
                use = List.of("-XX:AOTCache=" + cache);
                kind = "AOT cache (JDK " + feature + ", " + Files.size(cache) / (1024 * 1024) + " MiB)";
                strict = "-XX:AOTMode=on";
            } else {
                Path archive = dir.resolve("child.jsa");
                run(java, startFlags, List.of("-XX:ArchiveClassesAtExit=" + archive), jar, true, log);
                use = List.of("-XX:SharedArchiveFile=" + archive);
                kind = "dynamic CDS archive (JDK " + feature + ", " + Files.size(archive) / (1024 * 1024) + " MiB)";
                strict = "-Xshare:on";
            }
            List<String> check = new ArrayList<>(use);
            check.add(strict);
            run(java, startFlags, check, jar, true, log);
            return new Outcome(use, kind);
        } catch (IOException e) {
            return new Outcome(List.of(), "no class-data archive: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(List.of(), "no class-data archive: interrupted while making it");
        }
    }

    /**
     * Runs {@code java startFlags step -cp jar [ChildTrainingMain jar]}, its output appended to {@code log}; fails
     * unless it exits with 0 within {@link #STEP_SECONDS}.
     */
    private static void run(String java, List<String> startFlags, List<String> step, Path jar, boolean train, Path log)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(startFlags);
        cmd.addAll(step);
        cmd.add("-cp");
        cmd.add(jar.toString());
        if (train) {
            cmd.add(ChildTrainingMain.class.getName());
            cmd.add(jar.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // the user's JAVA_TOOL_OPTIONS would change what is archived; the children get them, the archive does not
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = builder.start();
        p.getOutputStream().close();
        try {
            if (!p.waitFor(STEP_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("'" + String.join(" ", step) + "' did not finish within " + STEP_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                throw new IOException("'" + String.join(" ", step) + "' exited with code " + p.exitValue() + ": "
                        + lastLine(log));
            }
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly();
                p.waitFor(2, TimeUnit.SECONDS);
            }
        }
    }

    private static String lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList();
            return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1).trim();
        } catch (IOException e) {
            return "no readable output";
        }
    }
}

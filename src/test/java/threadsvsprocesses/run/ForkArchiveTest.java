package threadsvsprocesses.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.runner.options.CommandLineOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forks' class-data archive: none, with the reason, where a fork's JVM or class sharing is the user's own or the
 * class path holds folders.
 */
class ForkArchiveTest {

    @TempDir
    Path dir;

    // The training itself needs the suite in a jar (CDS archives classes from jars only): .ci/run checks that the
    // smoke run of benchmarks.jar says "JMH forks: a dynamic CDS archive".

    @Test
    void aClassPathWithAFolderGetsNoneAndSaysWhy() throws Exception {
        Path jar = Files.createFile(dir.resolve("suite.jar"));
        Path classes = Files.createDirectory(dir.resolve("classes"));
        String path = jar + File.pathSeparator + classes;
        assertEquals(Optional.of(classes.toString()), ForkArchive.folderIn(path));
        assertEquals(Optional.empty(), ForkArchive.folderIn(jar.toString()));
        // this test runs from target/classes, a folder
        ForkArchive.Outcome o = ForkArchive.create(dir, new CommandLineOptions(), List.of());
        assertEquals(List.of(), o.flags());
        assertTrue(o.description().contains("jars only"), o.description());
        assertTrue(Files.notExists(dir.resolve("jmh-fork.jsa")), "no training fork ran");
    }

    @Test
    void forksOfAnotherJvmGetNone() throws Exception {
        ForkArchive.Outcome o = ForkArchive.create(dir, new CommandLineOptions("-jvm", "/opt/other/bin/java"), List.of());
        assertEquals(List.of(), o.flags());
        assertTrue(o.description().contains("-jvm"), o.description());
        assertTrue(Files.notExists(dir.resolve("jmh-fork.jsa")), "no training fork ran");
    }

    @Test
    void theUsersOwnClassSharingFlagsWin() throws Exception {
        ForkArchive.Outcome o = ForkArchive.create(dir, new CommandLineOptions(), List.of("-Xshare:off"));
        assertEquals(List.of(), o.flags());
        assertTrue(o.description().contains("class sharing"), o.description());
    }
}

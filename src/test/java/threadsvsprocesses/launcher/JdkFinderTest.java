package threadsvsprocesses.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The launcher's search for a JDK 21+, over fake JDK folders (a bin/java and a release file each). */
class JdkFinderTest {

    @Test
    void readsFeatureVersions() {
        assertEquals(8, JavaVersion.feature("1.8.0_392"));
        assertEquals(17, JavaVersion.feature("17"));
        assertEquals(21, JavaVersion.feature("21.0.5"));
        assertEquals(25, JavaVersion.feature("25-ea"));
        assertEquals(-1, JavaVersion.feature("abc"));
    }

    @Test
    void prefersJavaHomeThenTheBuildJdkThenTheNewestInstalled(@TempDir Path dir) throws Exception {
        Path jvms = Files.createDirectories(dir.resolve("jvm"));
        File jdk17 = fakeJdk(jvms.resolve("jdk-17"), "17.0.15");
        File jdk21 = fakeJdk(jvms.resolve("jdk-21"), "21.0.5");
        File jdk25 = fakeJdk(jvms.resolve("temurin-25"), "25.0.3");
        List<File> folders = List.of(jvms.toFile(), dir.resolve("missing").toFile());

        assertEquals(jdk25.getCanonicalFile(), new JdkFinder(null, null, folders).find(21).home);
        assertEquals(jdk21.getCanonicalFile(), new JdkFinder(jdk21.getPath(), null, folders).find(21).home);
        assertEquals(jdk21.getCanonicalFile(), new JdkFinder(jdk17.getPath(), jdk21.getPath(), folders).find(21).home,
                "a JAVA_HOME that is too old is passed over");
        assertEquals(25, new JdkFinder(null, null, folders).find(21).feature);
    }

    @Test
    void findsNothingWhereOnlyOldOrBrokenJdksAre(@TempDir Path dir) throws Exception {
        Path jvms = Files.createDirectories(dir.resolve("jvm"));
        fakeJdk(jvms.resolve("jdk-17"), "17.0.15");
        Files.createDirectories(jvms.resolve("not-a-jdk/bin"));
        assertNull(new JdkFinder(null, null, List.of(jvms.toFile())).find(21));
    }

    private static File fakeJdk(Path home, String version) throws Exception {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home.toFile();
    }
}

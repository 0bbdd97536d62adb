package threadsvsprocesses.launcher;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Finds an installed JDK of at least a given feature version, without running anything: it reads the
 * {@code release} file every JDK since 9 ships at its root. Compiled for Java 8.
 *
 * <p>Order: {@code JAVA_HOME}, then the JDK that built the jar, then the newest JDK in the usual install
 * folders of Linux, macOS, Windows, SDKMAN!, IntelliJ and asdf.
 */
final class JdkFinder {

    /** A JDK found on disk. */
    static final class Jdk {
        final File home;
        final int feature;

        Jdk(File home, int feature) {
            this.home = home;
            this.feature = feature;
        }

        File javaBinary() {
            return JdkFinder.javaBinary(home);
        }

        @Override
        public String toString() {
            return home + " (Java " + feature + ")";
        }
    }

    private final String javaHome;
    private final String buildJdkHome;
    private final List<File> installFolders;

    JdkFinder(String javaHome, String buildJdkHome, List<File> installFolders) {
        this.javaHome = javaHome;
        this.buildJdkHome = buildJdkHome;
        this.installFolders = installFolders;
    }

    /** A finder over this machine's environment. */
    static JdkFinder forThisMachine(String buildJdkHome) {
        return new JdkFinder(System.getenv("JAVA_HOME"), buildJdkHome, usualInstallFolders(System.getProperty("user.home")));
    }

    /** The folders whose subfolders are JDKs on common systems. */
    static List<File> usualInstallFolders(String userHome) {
        List<File> folders = new ArrayList<File>(Arrays.asList(
                new File("/usr/lib/jvm"),
                new File("/usr/java"),
                new File("/usr/local/java"),
                new File("/opt/java"),
                new File("/opt/jdk"),
                new File("/Library/Java/JavaVirtualMachines"),
                new File("C:\\Program Files\\Java"),
                new File("C:\\Program Files\\Eclipse Adoptium"),
                new File("C:\\Program Files\\Microsoft"),
                new File("C:\\Program Files\\Zulu")));
        if (userHome != null) {
            folders.add(new File(userHome, "Library/Java/JavaVirtualMachines"));
            folders.add(new File(userHome, ".sdkman/candidates/java"));
            folders.add(new File(userHome, ".jdks"));
            folders.add(new File(userHome, ".asdf/installs/java"));
        }
        return folders;
    }

    /** The JDK to use, or null when none of at least {@code minFeature} is installed. */
    Jdk find(int minFeature) {
        for (String preferred : new String[] {javaHome, buildJdkHome}) {
            if (preferred != null && !preferred.trim().isEmpty()) {
                Jdk jdk = inspect(new File(preferred.trim()));
                if (jdk != null && jdk.feature >= minFeature) {
                    return jdk;
                }
            }
        }
        Jdk best = null;
        for (File home : candidates()) {
            Jdk jdk = inspect(home);
            if (jdk != null && jdk.feature >= minFeature && (best == null || jdk.feature > best.feature)) {
                best = jdk;
            }
        }
        return best;
    }

    /** Where {@link #find} looks, for the error message when it finds nothing. */
    String searchedPlaces() {
        StringBuilder sb = new StringBuilder("JAVA_HOME");
        if (buildJdkHome != null) {
            sb.append(", ").append(buildJdkHome);
        }
        for (File folder : installFolders) {
            if (folder.isDirectory()) {
                sb.append(", ").append(folder);
            }
        }
        return sb.toString();
    }

    private List<File> candidates() {
        Set<File> homes = new LinkedHashSet<File>();
        for (File folder : installFolders) {
            File[] children = folder.listFiles();
            if (children == null) {
                continue;
            }
            Arrays.sort(children);
            for (File child : children) {
                // macOS bundles keep the JDK in Contents/Home.
                File macHome = new File(child, "Contents/Home");
                homes.add(canonical(macHome.isDirectory() ? macHome : child));
            }
        }
        return new ArrayList<File>(homes);
    }

    /** The JDK at {@code home}, or null if it is not one (no java binary or no readable release file). */
    static Jdk inspect(File home) {
        if (!javaBinary(home).isFile()) {
            return null;
        }
        File release = new File(home, "release");
        if (!release.isFile()) {
            return null;
        }
        Properties props = new Properties();
        InputStream in = null;
        try {
            in = new FileInputStream(release);
            props.load(in);
        } catch (IOException e) {
            return null;
        } finally {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // nothing to do
                }
            }
        }
        String version = props.getProperty("JAVA_VERSION");
        if (version == null) {
            return null;
        }
        int feature = JavaVersion.feature(version.replace("\"", ""));
        return feature < 0 ? null : new Jdk(canonical(home), feature);
    }

    static File javaBinary(File home) {
        File unix = new File(home, "bin/java");
        return unix.isFile() ? unix : new File(home, "bin/java.exe");
    }

    private static File canonical(File f) {
        try {
            return f.getCanonicalFile();
        } catch (IOException e) {
            return f.getAbsoluteFile();
        }
    }
}

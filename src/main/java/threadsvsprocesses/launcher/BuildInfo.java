package threadsvsprocesses.launcher;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Properties;

/**
 * Run once by the build with the JDK that compiled the project: records that JDK's home in the jar, so that
 * {@link Launcher} can relaunch on it when {@code java -jar} is started by an older default java.
 */
public final class BuildInfo {

    static final String RESOURCE = "build-jdk.properties";

    private BuildInfo() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BuildInfo <output properties file>");
            System.exit(2);
        }
        Properties props = new Properties();
        props.setProperty("java.home", System.getProperty("java.home"));
        props.setProperty("java.version", System.getProperty("java.version"));
        File out = new File(args[0]);
        out.getParentFile().mkdirs();
        OutputStream os = new FileOutputStream(out);
        try {
            props.store(os, "The JDK that built benchmarks.jar");
        } finally {
            os.close();
        }
    }
}

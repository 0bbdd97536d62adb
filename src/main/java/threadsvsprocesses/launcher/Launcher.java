package threadsvsprocesses.launcher;

import java.io.File;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The jar's entry point, compiled for Java 8 so that any installed {@code java} can start it.
 *
 * <p>On Java 21+ it hands over to {@code threadsvsprocesses.cli.Main}. On an older JVM it looks for a JDK 21+
 * ({@link JdkFinder}) and runs the same jar on it with the same arguments, passing its exit code back; where
 * there is none it prints one line saying what to install and exits with status 2.
 */
public final class Launcher {

    static final int REQUIRED_FEATURE = 21;
    private static final String MAIN = "threadsvsprocesses.cli.Main";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        int running = JavaVersion.feature(System.getProperty("java.specification.version"));
        if (running >= REQUIRED_FEATURE) {
            runMain(args);
            return;
        }
        JdkFinder finder = JdkFinder.forThisMachine(buildJdkHome());
        JdkFinder.Jdk jdk = finder.find(REQUIRED_FEATURE);
        if (jdk == null) {
            System.err.println("threads-vs-processes needs Java " + REQUIRED_FEATURE + " or newer, but this java is "
                    + System.getProperty("java.version") + " and no JDK " + REQUIRED_FEATURE + "+ was found in "
                    + finder.searchedPlaces() + ": install one (for example Eclipse Temurin 21 or 25) or set JAVA_HOME to it.");
            System.exit(2);
        }
        System.exit(relaunch(jdk, args));
    }

    private static void runMain(String[] args) throws Exception {
        Method main = Class.forName(MAIN).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception) {
                throw (Exception) cause;
            }
            throw (Error) cause;
        }
    }

    private static int relaunch(JdkFinder.Jdk jdk, String[] args) throws Exception {
        List<String> command = new ArrayList<String>();
        command.add(jdk.javaBinary().getAbsolutePath());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        if (jdk.feature >= 23) {
            // JMH 1.37 uses sun.misc.Unsafe; JDK 23+ warns about it on every start unless this is allowed.
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        // Lets the relaunched JVM stop when this launcher is killed (ParentWatch).
        command.add("-Dtvp.launcherPid=" + ownPid());
        File self = thisJar();
        if (self.isDirectory()) {
            // Started from compiled classes (target/classes in the tests, an IDE), not from benchmarks.jar: `-jar` of
            // a folder fails, so run Main on this JVM's class path, made absolute as the working folder may differ.
            command.add("-cp");
            command.add(absoluteClassPath());
            command.add(MAIN);
        } else {
            command.add("-jar");
            command.add(self.getAbsolutePath());
        }
        command.addAll(Arrays.asList(args));
        // Which JVM measures matters for a run (which also names it in its header); report and compare only read
        // files, and their one-line errors stay one line.
        boolean readsFilesOnly = args.length > 0 && (args[0].equals("report") || args[0].equals("compare"));
        if (!readsFilesOnly) {
            System.err.println("[threads-vs-processes] java " + System.getProperty("java.version")
                    + " is older than " + REQUIRED_FEATURE + "; running on " + jdk);
        }
        final Process child = new ProcessBuilder(command).inheritIO().start();
        // SIGTERM to this launcher reaches the run through here; Ctrl-C reaches both processes directly.
        Thread stopChild = new Thread(new Runnable() {
            @Override
            public void run() {
                if (child.isAlive()) {
                    child.destroy();
                    try {
                        child.waitFor();
                    } catch (InterruptedException ignored) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }, "stop-relaunched-jvm");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int status = child.waitFor();
        return status;
    }

    /** This JVM's pid, from "pid@host" (Java 8 has no ProcessHandle). */
    private static String ownPid() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        int at = name.indexOf('@');
        return at > 0 ? name.substring(0, at) : "-1";
    }

    private static File thisJar() throws URISyntaxException {
        return new File(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** This JVM's java.class.path, every entry absolute. */
    private static String absoluteClassPath() {
        StringBuilder sb = new StringBuilder();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : File.pathSeparator).append(new File(entry).getAbsolutePath());
            }
        }
        return sb.toString();
    }

    private static String buildJdkHome() {
        InputStream in = Launcher.class.getResourceAsStream(BuildInfo.RESOURCE);
        if (in == null) {
            return null;
        }
        Properties props = new Properties();
        try {
            try {
                props.load(in);
            } finally {
                in.close();
            }
        } catch (java.io.IOException e) {
            return null;
        }
        return props.getProperty("java.home");
    }
}

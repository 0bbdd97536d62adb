package threadsvsprocesses.execution;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The training run of {@link ClassDataArchive}: loads every class of the child jar (named as its argument) and goes
 * once through what the child mains do at start-up (a line read from a stream, a line printed, a platform and a
 * virtual thread started and joined), so that the archive holds those classes already parsed and linked. It starts
 * no process, reads no stdin and exits by itself within a second or so.
 */
public final class ChildTrainingMain {

    private ChildTrainingMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("child training: expected the child jar as the only argument");
            System.exit(2);
        }
        ClassLoader loader = ChildTrainingMain.class.getClassLoader();
        int loaded = 0;
        for (String name : SlimClassPath.classNames(Path.of(args[0]))) {
            // loaded and linked, not initialised: no static initialiser of a child main runs here
            Class.forName(name, false, loader);
            loaded++;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(
                new ByteArrayInputStream("RUN SQUARES 0 1000 0\n".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        out.println("OK " + Job.parse(in.readLine()).run() + " " + loaded);
        Thread platform = Thread.ofPlatform().start(() -> out.println("platform"));
        Thread virtual = Thread.ofVirtual().start(() -> out.println("virtual"));
        platform.join();
        virtual.join();
        out.flush();
    }
}

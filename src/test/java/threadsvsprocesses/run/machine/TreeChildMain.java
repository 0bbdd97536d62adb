package threadsvsprocesses.run.machine;

import threadsvsprocesses.TestJvms;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child JVM of the test's process tree, shaped like a JMH fork of the multi-process model: {@code <children>}.
 * Starts that many child JVMs of its own (which start none), waits for them, burns about 200 ms of CPU, then prints
 * its tree's CPU time in clock ticks, its own and its reaped children's ({@code /proc/self/stat}), and exits.
 */
public final class TreeChildMain {

    private TreeChildMain() {
    }

    public static void main(String[] args) throws Exception {
        int children = Integer.parseInt(args[0]);
        List<Process> started = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            started.add(new ProcessBuilder(TestJvms.command(Path.of(System.getProperty("java.io.tmpdir")),
                    TreeChildMain.class, "0")).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        }
        for (Process p : started) {
            p.waitFor();
        }
        long x = 1;
        long end = System.nanoTime() + 200_000_000L;
        while (System.nanoTime() < end) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        PidStat self = PidStat.of(SystemFiles.live(), ProcessHandle.current().pid()).orElseThrow();
        System.out.println(self.treeTicks() + " " + (x == 42 ? "!" : ""));
    }
}

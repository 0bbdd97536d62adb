package threadsvsprocesses.run;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;

/** What a run needs to end cleanly when it is interrupted by Ctrl-C or SIGTERM. */
final class ShutdownSupport {

    private ShutdownSupport() {
    }

    /**
     * The first chart a JVM draws loads fonts and image writers, and that registers shutdown hooks, which the JVM
     * refuses once it is shutting down ("Shutdown in progress"). Draw and encode one tiny chart now, so the report
     * written after Ctrl-C or SIGTERM can draw its charts.
     */
    static void prepareChartDrawing() throws IOException {
        java.awt.image.BufferedImage image = org.jfree.chart.ChartFactory
                .createXYLineChart("warm-up", "x", "y", new org.jfree.data.xy.XYSeriesCollection())
                .createBufferedImage(16, 16);
        javax.imageio.ImageIO.write(image, "png", OutputStream.nullOutputStream());
    }

    /**
     * JMH's forked VMs do not notice their host going away, so stop them here; their worker JVMs then see their
     * stdin close and exit too.
     */
    static void stopChildProcesses() {
        List<ProcessHandle> children = ProcessHandle.current().descendants().toList();
        children.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(Math.max(1, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                child.destroyForcibly();
            }
        }
    }
}

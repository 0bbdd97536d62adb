package threadsvsprocesses.report.charts;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import threadsvsprocesses.run.RunFolder;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Saves a chart as {@code <name>.png} at 1200x800 with {@code <name>.svg} beside it, each written atomically. */
public final class ChartFiles {

    /** Width of every chart, in pixels. */
    public static final int WIDTH = 1200;
    /** Height of every chart, in pixels. */
    public static final int HEIGHT = 800;

    private ChartFiles() {
    }

    /** Saves {@code chart} into {@code dir}; returns the PNG's path. */
    public static Path save(JFreeChart chart, Path dir, String name) {
        Path png = dir.resolve(name + ".png");
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(bytes, chart, WIDTH, HEIGHT);
            RunFolder.writeAtomically(png, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw " + png + ": " + e.getMessage(), e);
        }
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        RunFolder.writeAtomically(dir.resolve(name + ".svg"), svg.getSVGElement() + "\n");
        return png;
    }
}

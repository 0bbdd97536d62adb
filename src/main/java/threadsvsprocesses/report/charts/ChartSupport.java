package threadsvsprocesses.report.charts;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.svg.SVGGraphics2D;
import threadsvsprocesses.run.MachineInfo;
import threadsvsprocesses.run.RunFolder;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What all charts share: one colour per model, fonts readable at 1200x800, the title and subtitle, markers, and
 * saving as PNG with an SVG beside it.
 */
public final class ChartSupport {

    /** Width of every chart, in pixels. */
    public static final int WIDTH = 1200;
    /** Height of every chart, in pixels. */
    public static final int HEIGHT = 800;

    /** Models in the order they are drawn and listed. */
    public static final List<String> MODELS =
            List.of("single-thread", "multi-thread", "virtual-thread", "multi-process", "process-pool");

    /** One colour per model, the same on every chart (Okabe-Ito palette, readable by colour-blind readers). */
    private static final Map<String, Color> COLOURS = Map.of(
            "single-thread", new Color(0x33, 0x33, 0x33),
            "multi-thread", new Color(0x00, 0x72, 0xB2),
            "virtual-thread", new Color(0x00, 0x9E, 0x73),
            "multi-process", new Color(0xD5, 0x5E, 0x00),
            "process-pool", new Color(0xCC, 0x79, 0xA7));

    /**
     * What the experiments compare (their subject values, see {@code Experiment}), each with its colour and the model whose marker and line it borrows: thread kinds look like
     * multi-thread, virtual threads like virtual-thread, processes like multi-process or process-pool.
     */
    private static final Map<String, Subject> SUBJECTS = subjects();

    private record Subject(Color colour, String lookOf) {
    }

    private static Map<String, Subject> subjects() {
        Color blue = new Color(0x00, 0x72, 0xB2);
        Color sky = new Color(0x56, 0xB4, 0xE9);
        Color green = new Color(0x00, 0x9E, 0x73);
        Color vermillion = new Color(0xD5, 0x5E, 0x00);
        Color orange = new Color(0xE6, 0x9F, 0x00);
        Color purple = new Color(0xCC, 0x79, 0xA7);
        Object[][] table = {
                {"platform-thread", blue, "multi-thread"},
                {"thread-pool", blue, "multi-thread"},
                {"thread-queue", blue, "multi-thread"},
                {"child-jvm", vermillion, "multi-process"},
                {"native-process", orange, "process-pool"},
                {"process-pipe", vermillion, "multi-process"},
                {"process-socket", orange, "process-pool"},
                {"POSIX_SPAWN", blue, "multi-thread"},
                {"FORK", vermillion, "multi-process"},
                {"VFORK", green, "virtual-thread"},
                {"unsynchronized", vermillion, "single-thread"},
                {"synchronized", blue, "multi-thread"},
                {"atomic", sky, "virtual-thread"},
                {"adder", green, "adder"},
                {"process-private", orange, "multi-process"},
                {"process-mapped", purple, "process-pool"}};
        Map<String, Subject> m = new java.util.HashMap<>();
        for (Object[] row : table) {
            m.put((String) row[0], new Subject((Color) row[1], (String) row[2]));
        }
        return Map.copyOf(m);
    }

    /** The model whose style a model or subject uses. */
    private static String look(String name) {
        Subject s = SUBJECTS.get(name);
        return s == null ? name : s.lookOf();
    }

    /** Half the size of a series marker, in pixels. */
    private static final double MARK = 6.5;

    /**
     * One marker shape per model, the same on every chart and in the legend, so that series stay identifiable
     * when they coincide or when colours cannot be told apart.
     */
    private static final Map<String, Shape> SHAPES = Map.of(
            "single-thread", new Ellipse2D.Double(-MARK, -MARK, 2 * MARK, 2 * MARK),
            "multi-thread", new Rectangle2D.Double(-MARK * 0.9, -MARK * 0.9, 1.8 * MARK, 1.8 * MARK),
            "virtual-thread", ShapeUtils.createUpTriangle((float) (MARK * 1.15)),
            "multi-process", ShapeUtils.createDiamond((float) (MARK * 1.2)),
            "process-pool", ShapeUtils.createDownTriangle((float) (MARK * 1.15)),
            // a sixth look, for the sixth counter variant
            "adder", new Rectangle2D.Double(-MARK * 1.3, -MARK * 0.6, 2.6 * MARK, 1.2 * MARK));

    /** Line width of a model's series. */
    private static final float SERIES_WIDTH = 3f;

    /**
     * One line pattern per model, the same on every chart and in the legend, so that a series drawn over another
     * still shows the one beneath through its gaps. All are thicker and coloured, unlike the thin grey
     * {@link #DASHED} reference lines.
     */
    private static final Map<String, Stroke> STROKES = Map.of(
            "single-thread", new BasicStroke(SERIES_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {14f, 4f, 3f, 4f, 3f, 4f}, 0f),
            "multi-thread", new BasicStroke(SERIES_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {18f, 6f}, 0f),
            "virtual-thread", new BasicStroke(SERIES_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND),
            "multi-process", new BasicStroke(SERIES_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {14f, 5f, 3f, 5f}, 0f),
            "process-pool", new BasicStroke(SERIES_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {0.1f, 7f}, 0f),
            "adder", new BasicStroke(SERIES_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {28f, 6f}, 0f));

    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 26);
    public static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    public static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    public static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    public static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    public static final Font MARKER = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Stroke SERIES = new BasicStroke(SERIES_WIDTH);
    /** Reference lines (ideal, single-thread): thin, grey, short dashes, so they do not look like a series. */
    public static final Stroke DASHED = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {7f, 5f}, 0f);
    public static final Color REFERENCE = new Color(0x55, 0x55, 0x55);
    public static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 230);

    private ChartSupport() {
    }

    /** The colour of a model; grey for a model not in {@link #MODELS}. */
    public static Paint colour(String model) {
        Subject s = SUBJECTS.get(model);
        return s != null ? s.colour() : COLOURS.getOrDefault(model, Color.GRAY);
    }

    /** The marker shape of a model; a circle for a model not in {@link #MODELS}. */
    public static Shape shape(String model) {
        return SHAPES.getOrDefault(look(model), SHAPES.get("single-thread"));
    }

    /** The line stroke of a model; a plain solid line for a model not in {@link #MODELS}. */
    public static Stroke stroke(String model) {
        return STROKES.getOrDefault(look(model), SERIES);
    }

    /**
     * Models and experiment subjects in the order they are drawn and listed: single thread, threads, virtual
     * threads, processes, then launch mechanisms and counter variants. Keeps {@link #MODELS} in their order.
     */
    private static final List<String> ORDER = List.of("single-thread", "multi-thread", "platform-thread",
            "thread-pool", "thread-queue", "virtual-thread", "multi-process", "child-jvm", "native-process",
            "process-pipe", "process-socket", "process-pool", "POSIX_SPAWN", "FORK", "VFORK", "unsynchronized",
            "synchronized", "atomic", "adder", "process-private", "process-mapped");

    /** Sort key of a model or subject: its place in the drawing order, unknown ones last. */
    public static int order(String model) {
        int i = ORDER.indexOf(model);
        return i < 0 ? ORDER.size() : i;
    }

    /** The common look of a plot: white background, light grid, axis fonts, series drawn in order. */
    public static void stylePlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        // later models (dashed, dotted) on top of earlier ones (solid), so the gaps show what lies beneath
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        for (ValueAxis axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            axis.setLabelFont(AXIS_LABEL);
            axis.setTickLabelFont(TICK);
        }
    }

    /** Applies the common look: white background, fonts, subtitle naming the machine and the run. */
    static void style(JFreeChart chart, MachineInfo machine) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE);
        chart.addSubtitle(new TextTitle(machine.describe() + "  \u00b7  run " + machine.runId(), SUBTITLE));
        stylePlot(chart.getXYPlot());
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 22));
        }
        chart.setPadding(new RectangleInsets(10, 10, 10, 24));
    }

    /** A vertical marker at the core count, labelled "N cores". */
    static void addCoreMarker(XYPlot plot, int cores) {
        if (cores <= 0) {
            return;
        }
        ValueMarker m = new ValueMarker(cores, REFERENCE, new BasicStroke(2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {3f, 5f}, 0f));
        m.setLabel(cores + " cores");
        m.setLabelBackgroundColor(LABEL_BACKGROUND);
        m.setLabelFont(MARKER);
        m.setLabelPaint(REFERENCE);
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        m.setLabelOffset(new RectangleInsets(8, 6, 8, 6));
        plot.addDomainMarker(m);
    }

    /** A dashed horizontal reference line with a label at its right end, above or below the line. */
    static void addHorizontalLine(XYPlot plot, double y, String label, Paint paint, boolean labelBelow) {
        ValueMarker m = new ValueMarker(y, paint, DASHED);
        m.setLabel(label);
        m.setLabelBackgroundColor(LABEL_BACKGROUND);
        m.setLabelFont(MARKER);
        m.setLabelPaint(paint);
        m.setLabelAnchor(labelBelow ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(labelBelow ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT);
        m.setLabelOffset(new RectangleInsets(4, 8, 4, 8));
        plot.addRangeMarker(m);
    }

    /**
     * Saves {@code chart} as {@code <name>.png} (1200x800) and {@code <name>.svg} in {@code dir}, atomically.
     *
     * @return the PNG's path
     */
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

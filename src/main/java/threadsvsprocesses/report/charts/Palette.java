package threadsvsprocesses.report.charts;

import threadsvsprocesses.cpython.CpythonModel;

import org.jfree.chart.util.ShapeUtils;
import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.experiments.counter.CounterKind;
import threadsvsprocesses.experiments.launch.Mechanism;
import threadsvsprocesses.experiments.messaging.ChannelKind;
import threadsvsprocesses.experiments.pool.PoolKind;
import threadsvsprocesses.experiments.startup.StarterKind;
import threadsvsprocesses.report.format.SubjectOrder;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How each model, and each thing an experiment compares, looks on every chart: a colour (the Okabe-Ito palette,
 * readable by colour-blind readers), a marker shape and a line pattern, and its place in the drawing order. The
 * labels come from the enums that define them ({@link ExecutionModel}, {@link CounterKind}, ...); a subject borrows
 * the marker and line of the model it resembles (a thread kind looks like multi-thread, a process like
 * multi-process or process-pool). A label no enum defines is drawn grey, with a circle and a plain line.
 */
public final class Palette {

    private static final Color GREY_DARK = new Color(0x33, 0x33, 0x33);
    private static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    private static final Color SKY = new Color(0x56, 0xB4, 0xE9);
    private static final Color GREEN = new Color(0x00, 0x9E, 0x73);
    private static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    private static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    private static final Color PURPLE = new Color(0xCC, 0x79, 0xA7);
    /** Two more for CPython's models: a mid grey and Okabe-Ito's yellow darkened enough to read on white. */
    private static final Color GREY_MID = new Color(0x8C, 0x8C, 0x8C);
    private static final Color OLIVE = new Color(0xA8, 0x96, 0x00);

    /** Half the size of a series marker, in pixels. */
    private static final double MARK = 6.5;
    /** Line width of a series. */
    static final float SERIES_WIDTH = 3f;
    /** A plain series line, for labels without a look of their own. */
    static final Stroke SERIES = new BasicStroke(SERIES_WIDTH);

    /** The marker and line of a look: one per model, and two more for charts of six or seven series. */
    private enum Look {
        SINGLE(new Ellipse2D.Double(-MARK, -MARK, 2 * MARK, 2 * MARK), dashed(new float[] {14f, 4f, 3f, 4f, 3f, 4f})),
        THREADS(new Rectangle2D.Double(-MARK * 0.9, -MARK * 0.9, 1.8 * MARK, 1.8 * MARK), dashed(new float[] {18f, 6f})),
        VIRTUAL(ShapeUtils.createUpTriangle((float) (MARK * 1.15)),
                new BasicStroke(SERIES_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)),
        PROCESSES(ShapeUtils.createDiamond((float) (MARK * 1.2)), dashed(new float[] {14f, 5f, 3f, 5f})),
        POOL(ShapeUtils.createDownTriangle((float) (MARK * 1.15)),
                new BasicStroke(SERIES_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {0.1f, 7f}, 0f)),
        SIXTH(new Rectangle2D.Double(-MARK * 1.3, -MARK * 0.6, 2.6 * MARK, 1.2 * MARK), dashed(new float[] {28f, 6f})),
        SEVENTH(ShapeUtils.createDiagonalCross((float) MARK, (float) (MARK * 0.4)), dashed(new float[] {5f, 5f}));

        final Shape shape;
        final Stroke stroke;

        Look(Shape shape, Stroke stroke) {
            this.shape = shape;
            this.stroke = stroke;
        }

        private static Stroke dashed(float[] dashes) {
            return new BasicStroke(SERIES_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes, 0f);
        }
    }

    private record Style(Color colour, Look look) {
    }

    /** Every label's style. */
    private static final Map<String, Style> STYLES = styles();

    private static Map<String, Style> styles() {
        Map<String, Style> m = new LinkedHashMap<>();
        m.put(ExecutionModel.SINGLE_THREAD.label(), new Style(GREY_DARK, Look.SINGLE));
        m.put(ExecutionModel.MULTI_THREAD.label(), new Style(BLUE, Look.THREADS));
        m.put(StarterKind.PLATFORM_THREAD.label(), new Style(BLUE, Look.THREADS));
        // beside multi-thread on the task-size chart, and beside the per-task pool on the pool-map charts
        m.put(PoolKind.THREAD_POOL_CHUNKED.label(), new Style(SKY, Look.SEVENTH));
        m.put(PoolKind.THREAD_POOL_PER_TASK.label(), new Style(BLUE, Look.THREADS));
        m.put(ChannelKind.THREAD_QUEUE.label(), new Style(BLUE, Look.THREADS));
        m.put(ChannelKind.THREAD_PARK.label(), new Style(GREY_DARK, Look.SEVENTH));
        m.put(ChannelKind.THREAD_RING.label(), new Style(SKY, Look.VIRTUAL));
        m.put(ExecutionModel.VIRTUAL_THREAD.label(), new Style(GREEN, Look.VIRTUAL));
        m.put(ExecutionModel.MULTI_PROCESS.label(), new Style(VERMILLION, Look.PROCESSES));
        m.put(StarterKind.CHILD_JVM.label(), new Style(VERMILLION, Look.PROCESSES));
        m.put(StarterKind.CHILD_JVM_DEFAULT.label(), new Style(PURPLE, Look.SIXTH));
        m.put(StarterKind.JAVA_VERSION.label(), new Style(GREY_DARK, Look.SINGLE));
        m.put(StarterKind.NATIVE_PROCESS.label(), new Style(ORANGE, Look.POOL));
        m.put(ChannelKind.PROCESS_PIPE.label(), new Style(VERMILLION, Look.PROCESSES));
        m.put(ChannelKind.PROCESS_SOCKET.label(), new Style(ORANGE, Look.POOL));
        m.put(ChannelKind.PROCESS_RING.label(), new Style(PURPLE, Look.SIXTH));
        m.put(ChannelKind.PROCESS_PIPE_POLL.label(), new Style(GREEN, Look.SINGLE));
        m.put(ExecutionModel.PROCESS_POOL.label(), new Style(PURPLE, Look.POOL));
        m.put(PoolKind.PROCESS_POOL_CHUNKED.label(), new Style(PURPLE, Look.POOL));
        // not a diamond: beside multi-process (a child JVM per task) on the task-size chart
        m.put(PoolKind.PROCESS_POOL_PER_TASK.label(), new Style(ORANGE, Look.SIXTH));
        m.put(Mechanism.POSIX_SPAWN.label(), new Style(BLUE, Look.THREADS));
        m.put(Mechanism.FORK.label(), new Style(VERMILLION, Look.PROCESSES));
        m.put(Mechanism.VFORK.label(), new Style(GREEN, Look.VIRTUAL));
        m.put(CounterKind.UNSYNCHRONIZED.label(), new Style(VERMILLION, Look.SINGLE));
        m.put(CounterKind.VOLATILE.label(), new Style(GREY_DARK, Look.SEVENTH));
        m.put(CounterKind.SYNCHRONIZED.label(), new Style(BLUE, Look.THREADS));
        m.put(CounterKind.ATOMIC.label(), new Style(SKY, Look.VIRTUAL));
        m.put(CounterKind.ADDER.label(), new Style(GREEN, Look.SIXTH));
        m.put(CounterKind.PROCESS_PRIVATE.label(), new Style(ORANGE, Look.PROCESSES));
        m.put(CounterKind.PROCESS_MAPPED.label(), new Style(PURPLE, Look.POOL));
        // CPython's models beside the JVM's: the JVM analogue's marker, in the colours the JVM's models leave free
        m.put(CpythonModel.CPYTHON_SINGLE.label(), new Style(GREY_MID, Look.SINGLE));
        m.put(CpythonModel.CPYTHON_THREAD.label(), new Style(SKY, Look.THREADS));
        m.put(CpythonModel.CPYTHON_PROCESS_FORK.label(), new Style(ORANGE, Look.PROCESSES));
        m.put(CpythonModel.CPYTHON_PROCESS_FORKSERVER.label(), new Style(ORANGE, Look.SIXTH));
        m.put(CpythonModel.CPYTHON_PROCESS_SPAWN.label(), new Style(OLIVE, Look.SEVENTH));
        m.put(CpythonModel.CPYTHON_POOL.label(), new Style(OLIVE, Look.POOL));
        return m;
    }

    private Palette() {
    }

    /** The colour of a model or subject; grey for a label no enum defines. */
    public static Paint colour(String label) {
        Style s = STYLES.get(SubjectOrder.modelOf(label));
        return s == null ? Color.GRAY : s.colour();
    }

    /** The marker shape of a model or subject; a circle for a label no enum defines. */
    public static Shape shape(String label) {
        Style s = STYLES.get(SubjectOrder.modelOf(label));
        return s == null ? Look.SINGLE.shape : s.look().shape;
    }

    /** The line stroke of a model or subject; a plain solid line for a label no enum defines. */
    public static Stroke stroke(String label) {
        Style s = STYLES.get(SubjectOrder.modelOf(label));
        return s == null ? SERIES : s.look().stroke;
    }

    /** Whether {@code label} has a style of its own (tests check that every enum's labels do). */
    public static boolean knows(String label) {
        return STYLES.containsKey(SubjectOrder.modelOf(label));
    }

    /** Sort key of a model or subject: its place in the drawing order ({@link SubjectOrder}). */
    public static int order(String label) {
        return SubjectOrder.of(label);
    }
}

package threadsvsprocesses.run.console;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/**
 * The suite's console: whole lines, and on a terminal one live line below them that is redrawn in place (with
 * {@code \r} and clear-to-end-of-line) for the cell in progress. When the output is not a terminal (CI, a file,
 * a pipe) it writes plain lines only, never a control character.
 */
public final class Console {

    /** Clears from the cursor to the end of the line. */
    private static final String CLEAR_TO_END = "\u001b[K";

    private final PrintStream out;
    private final boolean live;
    private final int width;
    private String status = "";

    private Console(PrintStream out, boolean live, int width) {
        this.out = out;
        this.live = live;
        this.width = width;
    }

    /** Plain lines only. */
    public static Console plain(PrintStream out) {
        return new Console(out, false, 0);
    }

    /** Lines and a live line, for a terminal {@code width} columns wide. */
    public static Console live(PrintStream out, int width) {
        return new Console(out, true, Math.max(20, width));
    }

    /**
     * A live console if {@code out} is this JVM's standard output and that is a terminal (and {@code TERM} is not
     * {@code dumb}), else plain.
     */
    public static Console of(PrintStream out) {
        return out == System.out && isTerminal() ? live(out, columns()) : plain(out);
    }

    /** True if standard input and output are a terminal that can redraw a line. */
    static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            // JDK 22+ may offer a console that is not a terminal; ask it where it can say
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** The terminal's width: {@code COLUMNS} where the shell exports it, else 80 (a wrapped line cannot be redrawn). */
    private static int columns() {
        try {
            return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").trim());
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /** The width the live line is cut to (0 for a plain console). */
    public int width() {
        return width;
    }

    /** Whether this console draws a live line. */
    public boolean isLive() {
        return live;
    }

    /** Prints one line (the live line, if any, is cleared first and drawn again below it). */
    public synchronized void line(String text) {
        if (live && !status.isEmpty()) {
            out.print("\r" + CLEAR_TO_END);
        }
        out.println(text);
        if (live && !status.isEmpty()) {
            out.print(status);
        }
        out.flush();
    }

    /** Shows {@code text} as the live line, cut to the terminal's width; nothing on a plain console. */
    public synchronized void status(String text) {
        if (!live) {
            return;
        }
        status = text.length() >= width ? text.substring(0, width - 1) : text;
        out.print("\r" + status + CLEAR_TO_END);
        out.flush();
    }

    /** Removes the live line. */
    public synchronized void clearStatus() {
        if (live && !status.isEmpty()) {
            out.print("\r" + CLEAR_TO_END);
            out.flush();
        }
        status = "";
    }

    /** Text written as it comes, for JMH's own output on a plain console ({@code --verbose}). */
    public OutputStream echo() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (Console.this) {
                    out.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (Console.this) {
                    out.write(b, off, len);
                }
            }

            @Override
            public void flush() {
                out.flush();
            }
        };
    }

    /** A stream whose every line becomes a {@link #line} of this console (for code that prints to a stream). */
    public PrintStream stream() {
        return new PrintStream(new LineCollector(), true, StandardCharsets.UTF_8);
    }

    /** Collects bytes into lines, each printed as a line of the console. */
    private final class LineCollector extends OutputStream {
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                String text = pending.toString(StandardCharsets.UTF_8);
                pending.reset();
                line(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
            } else {
                pending.write(b);
            }
        }

        @Override
        public synchronized void flush() {
            // a line is printed when it ends; flushing half a line would break the live line
        }

        @Override
        public synchronized void close() {
            if (pending.size() > 0) {
                write('\n');
            }
        }
    }
}

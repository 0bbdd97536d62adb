package threadsvsprocesses.run;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes JMH's text to the run's log file, and to the console too where the user asked for it ({@code --verbose}),
 * and keeps the latest text for failure reasons.
 */
final class TeeOutputStream extends OutputStream {

    private static final int KEEP = 1024 * 1024;

    private final OutputStream console;
    private final OutputStream log;
    private final StringBuilder recent = new StringBuilder();

    /** @param console where JMH's text is echoed, or null for the log only */
    TeeOutputStream(OutputStream console, OutputStream log) {
        this.console = console;
        this.log = log;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (console != null) {
            console.write(b);
        }
        log.write(b);
        keep((char) b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (console != null) {
            console.write(b, off, len);
        }
        log.write(b, off, len);
        for (int i = off; i < off + len; i++) {
            keep((char) (b[i] & 0xff));
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (console != null) {
            console.flush();
        }
        log.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        flush();
        log.close();
    }

    /** The text written since the last call. */
    synchronized String takeRecent() {
        String text = recent.toString();
        recent.setLength(0);
        return text;
    }

    private void keep(char c) {
        if (recent.length() >= KEEP) {
            recent.delete(0, KEEP / 2);
        }
        recent.append(c);
    }
}

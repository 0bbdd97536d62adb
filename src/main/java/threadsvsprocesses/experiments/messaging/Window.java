package threadsvsprocesses.experiments.messaging;

/**
 * How many messages every channel allows in flight in the throughput test, the same for each at one message size,
 * so that no channel is measured with a deeper buffer than another: at most {@link #messages()} sent and not yet
 * read; the receiver returns a credit every {@link #ackEvery()} messages (an explicit CREDIT frame or queue element,
 * or, on a ring, its read position made visible).
 *
 * <p>The window is sized to the pipe's buffer: as many whole frames as {@value #PIPE_BUFFER_BYTES} bytes hold (at
 * most {@value #MOST}), so that the kernel's own flow control never starts (a writer blocked on a full pipe, woken
 * page by page) and the window alone decides. 64 KiB is Linux's default pipe buffer (16 pages, since Linux 2.6.11),
 * which is what a pipe from {@code ProcessBuilder} gets; Java cannot ask for it ({@code F_GETPIPE_SZ} is out of its
 * reach), and {@code /proc/sys/fs/pipe-max-size} is only the most a process may ask for. A message of 64 KiB, whose
 * frame with its header overflows that buffer, would make writer and reader alternate on every message; the sizes
 * measured stay below it.
 *
 * @param messages  messages allowed in flight
 * @param ackEvery  messages read per credit returned
 */
public record Window(int messages, int ackEvery) {

    /** The pipe buffer assumed: Linux's default. */
    public static final int PIPE_BUFFER_BYTES = 64 * 1024;
    /** The most messages in flight, for small messages. */
    public static final int MOST = 64;

    public Window {
        if (messages < 1 || ackEvery < 1 || ackEvery > messages) {
            throw new IllegalArgumentException("a window of " + messages + " messages, a credit every " + ackEvery);
        }
    }

    /** The window for messages of {@code messageBytes}: whole frames in the pipe's buffer, a credit every half. */
    public static Window forMessage(int messageBytes) {
        int frames = Math.max(1, Math.min(MOST, PIPE_BUFFER_BYTES / (Frames.HEADER_BYTES + messageBytes)));
        return new Window(frames, Math.max(1, frames / 2));
    }
}

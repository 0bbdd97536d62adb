package threadsvsprocesses.experiments.messaging;

import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;

/**
 * The sending end of a framed channel ({@link FrameLink}) to an {@link Echo}: a child JVM over a pipe, a socket or a
 * ring in a mapped file, or a thread of this JVM over a ring. Round trips send one ECHO frame of fresh bytes and
 * check that the same bytes come back; batches send SINK frames of fresh bytes, with at most the window's messages
 * unread ({@link Window}), and end with an ACK whose sum of checksums is checked. {@link #close()} sends BYE and
 * then releases the other end ({@code release}).
 */
final class FramedChannel implements MessageChannel {

    private final String label;
    private final FrameLink link;
    private final int messageBytes;
    private final Window window;
    private final AutoCloseable release;
    private final ProcessHandle child;
    private final java.nio.file.Path folder;
    private long seq;

    /**
     * @param release stops the other end and frees what the channel holds (a child JVM, a socket, a file, a
     *                thread); called once by {@link #close()}
     * @param child   the echo child JVM, or null for a thread
     * @param folder  a folder the channel made (the socket's), or null
     */
    FramedChannel(String label, FrameLink link, int messageBytes, Window window, AutoCloseable release,
                  ProcessHandle child, java.nio.file.Path folder) {
        this.label = label;
        this.link = link;
        this.messageBytes = messageBytes;
        this.window = window;
        this.release = release;
        this.child = child;
        this.folder = folder;
    }

    /** The echo child JVM, or null where the other end is a thread; for tests. */
    ProcessHandle child() {
        return child;
    }

    /** The folder the channel made (the socket's), or null; for tests. */
    java.nio.file.Path folder() {
        return folder;
    }

    @Override
    public int roundTrip() throws IOException {
        int sent = link.sendFresh(Frames.ECHO, messageBytes, ++seq);
        expect(Frames.ECHO, messageBytes);
        int back = Frames.checksum(link.buffer(), link.payloadOffset(), messageBytes);
        if (back != sent) {
            throw new IOException(label + ": the echo of message " + seq + " has checksum " + back + ", sent " + sent);
        }
        return back;
    }

    @Override
    public byte[] lastReply() {
        int from = link.payloadOffset();
        return Arrays.copyOfRange(link.buffer(), from, from + link.length());
    }

    @Override
    public long lastSeq() {
        return seq;
    }

    @Override
    public long sendBatch(int count) throws IOException {
        long expected = 0;
        long credited = 0;
        for (int i = 0; i < count; i++) {
            // a ring's sender waits in put() for a free slot; a stream's for a CREDIT frame here
            while (!link.creditsImplicit() && i - credited >= window.messages()) {
                expect(Frames.CREDIT, Long.BYTES);
                credited = Frames.getLong(link.buffer(), link.payloadOffset());
            }
            expected += link.sendFresh(Frames.SINK, messageBytes, ++seq);
        }
        link.send(Frames.ACK, new byte[0], 0);
        do {
            receive();
        } while (link.kind() == Frames.CREDIT);
        check(Frames.ACK, Long.BYTES);
        return MessageChannel.checkAck(Frames.getLong(link.buffer(), link.payloadOffset()), expected, count,
                messageBytes, label);
    }

    private void expect(int kind, int length) throws IOException {
        receive();
        check(kind, length);
    }

    private void receive() throws IOException {
        if (!link.receive()) {
            throw new EOFException(label + ": the other end closed its side");
        }
    }

    private void check(int kind, int length) throws IOException {
        if (link.kind() != kind || link.length() != length) {
            throw new IOException(label + ": the other end answered a frame of kind " + link.kind() + " and "
                    + link.length() + " bytes; expected kind " + kind + " and " + length + " bytes");
        }
    }

    /** Tells the other end to stop, then releases it. */
    @Override
    public void close() {
        try {
            link.send(Frames.BYE, new byte[0], 0);
        } catch (IOException | RuntimeException ignored) {
            // the other end is gone already; release() makes sure
        }
        try {
            release.close();
        } catch (Exception e) {
            throw new IllegalStateException(label + ": could not release the channel: " + e.getMessage(), e);
        }
    }
}

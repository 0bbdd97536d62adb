package threadsvsprocesses.experiments.messaging;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.BooleanSupplier;

/**
 * Frames ({@link Frames}) over a byte stream, a pipe or a socket, on either side, through one buffer that holds
 * a header followed by its payload.
 *
 * <p>Each frame goes out in one {@code write} and one {@code flush}, i.e. one system call per message, as a
 * message-passing program would send it; nothing is coalesced across messages. A fresh message is written straight
 * into the buffer behind its header, and an echo sends the received buffer back as it is, so the kernel's copy is
 * the only one.
 *
 * <p>Reads block, or, for a polling stream, spin on {@link InputStream#available()} (a non-blocking system call on
 * a pipe, FIONREAD) until the bytes are there, so that the reader is never put to sleep and never woken: what is
 * left is the system calls and the copies through the kernel. A polling reader cannot see the stream close, so it
 * asks {@code peerAlive} now and then ({@link Spin}).
 */
final class FramedStream implements FrameLink {

    private final InputStream in;
    private final OutputStream out;
    private final BooleanSupplier peerAlive;
    private final String peer;
    private final BooleanSupplier readable = this::readable;
    private IOException failedPoll;
    private byte[] buffer = new byte[Frames.HEADER_BYTES + 64];
    private int kind;
    private int length;

    /** A stream whose reads block. */
    FramedStream(InputStream in, OutputStream out) {
        this(in, out, null, "");
    }

    /** A stream whose reads spin until the bytes are there, asking {@code peerAlive} now and then. */
    FramedStream(InputStream in, OutputStream out, BooleanSupplier peerAlive, String peer) {
        this.in = in;
        this.out = out;
        this.peerAlive = peerAlive;
        this.peer = peer;
    }

    @Override
    public int sendFresh(int kind, int length, long seq) throws IOException {
        ensureCapacity(length);
        Frames.putHeader(buffer, kind, length);
        int checksum = Frames.fill(buffer, Frames.HEADER_BYTES, length, seq);
        out.write(buffer, 0, Frames.HEADER_BYTES + length);
        out.flush();
        return checksum;
    }

    @Override
    public void send(int kind, byte[] data, int length) throws IOException {
        byte[] frame = new byte[Frames.HEADER_BYTES + length];
        Frames.putHeader(frame, kind, length);
        System.arraycopy(data, 0, frame, Frames.HEADER_BYTES, length);
        out.write(frame);
        out.flush();
    }

    @Override
    public void sendBack() throws IOException {
        out.write(buffer, 0, Frames.HEADER_BYTES + length);
        out.flush();
    }

    /**
     * Reads the next frame. Returns false at a clean end of stream (before a header); a stream that ends inside a
     * frame, or a header that makes no sense, is an error.
     */
    @Override
    public boolean receive() throws IOException {
        awaitBytes();
        int first = in.read();
        if (first == -1) {
            return false;
        }
        buffer[0] = (byte) first;
        readFully(1, Frames.HEADER_BYTES - 1);
        kind = Frames.getInt(buffer, 0);
        length = Frames.getInt(buffer, 4);
        String invalid = Frames.invalid(kind, length);
        if (invalid != null) {
            throw new IOException(invalid);
        }
        ensureCapacity(length);
        readFully(Frames.HEADER_BYTES, length);
        return true;
    }

    @Override
    public int kind() {
        return kind;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public byte[] buffer() {
        return buffer;
    }

    @Override
    public int payloadOffset() {
        return Frames.HEADER_BYTES;
    }

    @Override
    public boolean creditsImplicit() {
        return false;
    }

    private void ensureCapacity(int payloadLength) {
        if (buffer.length < Frames.HEADER_BYTES + payloadLength) {
            byte[] larger = new byte[Frames.HEADER_BYTES + payloadLength];
            System.arraycopy(buffer, 0, larger, 0, Frames.HEADER_BYTES);
            buffer = larger;
        }
    }

    /** For a polling stream, spins until a read will not block. */
    private void awaitBytes() throws IOException {
        if (peerAlive != null) {
            Spin.until(readable, peerAlive, peer);
            if (failedPoll != null) {
                IOException e = failedPoll;
                failedPoll = null;
                throw e;
            }
        }
    }

    /** True once bytes can be read without blocking, or once asking failed (then {@link #failedPoll} says why). */
    private boolean readable() {
        try {
            return in.available() > 0;
        } catch (IOException e) {
            failedPoll = e;
            return true;
        }
    }

    private void readFully(int offset, int n) throws IOException {
        int done = 0;
        while (done < n) {
            awaitBytes();
            int r = in.read(buffer, offset + done, n - done);
            if (r == -1) {
                throw new EOFException("the stream ended inside a frame (" + done + " of " + n + " bytes read)");
            }
            done += r;
        }
    }
}

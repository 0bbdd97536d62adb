package threadsvsprocesses.experiments.messaging;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Frames ({@link Frames}) over a byte stream, a pipe or a socket, on either side, through one buffer that holds
 * a header followed by its payload.
 *
 * <p>Each frame goes out in one {@code write} and one {@code flush}, i.e. one system call per message, as a
 * message-passing program would send it; nothing is coalesced across messages. Sending copies the message into
 * the buffer behind its header (what any byte-stream transport must do); an echo sends the received buffer back
 * as it is, without a second copy.
 */
final class FramedStream {

    private final InputStream in;
    private final OutputStream out;
    private byte[] buffer = new byte[Frames.HEADER_BYTES + 64];
    private int kind;
    private int length;

    FramedStream(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    /** Sends one frame: a header, then the first {@code length} bytes of {@code data}. */
    void send(int kind, byte[] data, int length) throws IOException {
        ensureCapacity(length);
        Frames.putHeader(buffer, kind, length);
        System.arraycopy(data, 0, buffer, Frames.HEADER_BYTES, length);
        out.write(buffer, 0, Frames.HEADER_BYTES + length);
        out.flush();
    }

    /** Sends the frame last received back, byte for byte. */
    void sendBack() throws IOException {
        out.write(buffer, 0, Frames.HEADER_BYTES + length);
        out.flush();
    }

    /**
     * Reads the next frame; its kind, length and payload are then {@link #kind()}, {@link #length()} and
     * {@link #buffer()} from {@link Frames#HEADER_BYTES}. Returns false at a clean end of stream (before a header);
     * a stream that ends inside a frame, or a header that makes no sense, is an error.
     */
    boolean receive() throws IOException {
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

    int kind() {
        return kind;
    }

    int length() {
        return length;
    }

    /** The frame last received: header, then {@link #length()} bytes of payload; valid until the next call. */
    byte[] buffer() {
        return buffer;
    }

    private void ensureCapacity(int payloadLength) {
        if (buffer.length < Frames.HEADER_BYTES + payloadLength) {
            byte[] larger = new byte[Frames.HEADER_BYTES + payloadLength];
            System.arraycopy(buffer, 0, larger, 0, Frames.HEADER_BYTES);
            buffer = larger;
        }
    }

    private void readFully(int offset, int n) throws IOException {
        int done = 0;
        while (done < n) {
            int r = in.read(buffer, offset + done, n - done);
            if (r == -1) {
                throw new EOFException("the stream ended inside a frame (" + done + " of " + n + " bytes read)");
            }
            done += r;
        }
    }
}

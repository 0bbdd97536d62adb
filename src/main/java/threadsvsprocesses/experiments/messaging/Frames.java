package threadsvsprocesses.experiments.messaging;

/**
 * The framing every channel of the messaging experiment uses between processes: a header of two big-endian
 * {@code int}s, the frame's kind and its payload length, then the payload.
 *
 * <ul>
 *   <li>{@link #ECHO}: the receiver sends the same frame back, byte for byte (round trip);</li>
 *   <li>{@link #SINK}: the receiver reads the payload and adds its {@link #checksum} to a running sum (throughput);</li>
 *   <li>{@link #ACK} (no payload): the receiver answers with an ACK frame whose 8-byte payload is that running
 *       sum, then resets it: the sender then knows every byte of the batch has arrived.</li>
 * </ul>
 */
public final class Frames {

    public static final int ECHO = 1;
    public static final int SINK = 2;
    public static final int ACK = 3;

    /** Bytes of a frame header. */
    public static final int HEADER_BYTES = 8;

    /** The largest payload accepted (64 MiB); larger lengths are taken for a corrupt stream. */
    public static final int MAX_PAYLOAD_BYTES = 64 << 20;

    private Frames() {
    }

    /**
     * What a receiver computes over every message it gets, on every channel alike: the sum of the unsigned bytes.
     * Reading every byte makes "received" mean the same for a thread that was handed a reference and for a process
     * that had the bytes copied in. A plain int sum is vectorized by the JIT, so it costs far less than the
     * transfer; it detects loss, not reordering (the tests compare bytes exactly).
     */
    public static int checksum(byte[] bytes, int offset, int length) {
        int sum = 0;
        for (int i = offset; i < offset + length; i++) {
            sum += bytes[i] & 0xFF;
        }
        return sum;
    }

    /** A message of {@code length} bytes with a pattern that differs from byte to byte and from length to length. */
    public static byte[] message(int length) {
        if (length < 1 || length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("messageBytes must be between 1 and " + MAX_PAYLOAD_BYTES + ", got " + length);
        }
        byte[] m = new byte[length];
        for (int i = 0; i < length; i++) {
            m[i] = (byte) (i * 31 + length + 1);
        }
        return m;
    }

    static void putHeader(byte[] frame, int kind, int length) {
        putInt(frame, 0, kind);
        putInt(frame, 4, length);
    }

    static int getInt(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    static long getLong(byte[] b, int at) {
        return (long) getInt(b, at) << 32 | (getInt(b, at + 4) & 0xFFFFFFFFL);
    }

    static void putLong(byte[] b, int at, long v) {
        putInt(b, at, (int) (v >>> 32));
        putInt(b, at + 4, (int) v);
    }

    /** A one-line description of a header that is not a valid frame, or null if it is one. */
    static String invalid(int kind, int length) {
        if (kind < ECHO || kind > ACK || length < 0 || length > MAX_PAYLOAD_BYTES) {
            return "bad frame header kind=" + kind + " length=" + length + " (accepted: kind 1-3, length 0-"
                    + MAX_PAYLOAD_BYTES + ")";
        }
        return null;
    }
}

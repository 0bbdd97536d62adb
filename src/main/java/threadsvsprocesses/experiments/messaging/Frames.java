package threadsvsprocesses.experiments.messaging;

import java.util.Arrays;

/**
 * The framing every channel of the messaging experiment uses between two ends that copy bytes (a pipe, a socket, a
 * ring in shared memory): a header of two big-endian {@code int}s, the frame's kind and its payload length, then the
 * payload.
 *
 * <ul>
 *   <li>{@link #ECHO}: the receiver sends the same frame back, byte for byte (round trip);</li>
 *   <li>{@link #SINK}: the receiver reads the payload and adds its {@link #checksum} to a running sum (throughput);</li>
 *   <li>{@link #CREDIT} (8-byte payload): sent back by the receiver every {@link Window#ackEvery()} SINK frames, with
 *       how many it has read in this batch: the sender may have at most {@link Window#messages()} unread;</li>
 *   <li>{@link #ACK} (no payload): the receiver answers with an ACK frame whose 8-byte payload is that running
 *       sum, then resets it: the sender then knows every byte of the batch has arrived;</li>
 *   <li>{@link #BYE} (no payload): the receiver stops (a receiver that polls cannot see a pipe close).</li>
 * </ul>
 */
public final class Frames {

    public static final int ECHO = 1;
    public static final int SINK = 2;
    public static final int ACK = 3;
    public static final int CREDIT = 4;
    public static final int BYE = 5;

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

    /**
     * Writes message number {@code seq} of {@code length} bytes into {@code target} at {@code offset}, and returns
     * its checksum: fresh bytes in every message, so that the receiver's reads really move them from the sender's
     * core (a message written once and sent again stays in both cores' caches, and a thread's receiver would read it
     * for free). The first eight bytes (fewer for a shorter message) are {@code seq}, lowest byte first, the rest one
     * byte derived from it, written with a memset: every byte changes from one message to the next at the cost of a
     * fill, the same on every channel.
     */
    public static int fill(byte[] target, int offset, int length, long seq) {
        int head = Math.min(length, Long.BYTES);
        for (int i = 0; i < head; i++) {
            target[offset + i] = (byte) (seq >>> (8 * i));
        }
        byte rest = (byte) (seq * 0x9E3779B1L + 1);
        Arrays.fill(target, offset + head, offset + length, rest);
        return checksum(target, offset, head) + (length - head) * (rest & 0xFF);
    }

    /** Message number {@code seq} of {@code length} bytes, as {@link #fill} writes it (for tests). */
    public static byte[] message(int length, long seq) {
        if (length < 1 || length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("messageBytes must be between 1 and " + MAX_PAYLOAD_BYTES + ", got " + length);
        }
        byte[] m = new byte[length];
        fill(m, 0, length, seq);
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
        if (kind < ECHO || kind > BYE || length < 0 || length > MAX_PAYLOAD_BYTES) {
            return "bad frame header kind=" + kind + " length=" + length + " (accepted: kind 1-5, length 0-"
                    + MAX_PAYLOAD_BYTES + ")";
        }
        return null;
    }
}

package threadsvsprocesses.experiments.messaging;

import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * One end of a pair of {@link Ring}s: it takes frames from one and puts frames into the other. Sending a fresh
 * message fills a buffer of this end and copies it into the ring (one copy across, as a write to a pipe copies into
 * the kernel); receiving copies the payload out of the ring into this end's buffer (as a read from a pipe does).
 *
 * <p>Credits are implicit: the receiver frees slots by publishing how far it has read, after every frame that is not
 * a SINK, and after every {@code ackEvery} SINK frames, the same number of messages per credit as the byte streams'
 * CREDIT frames, so the sender sees its window open in the same steps.
 */
final class FramedRing implements FrameLink {

    private final Ring in;
    private final Ring out;
    private final int ackEvery;
    private final BooleanSupplier peerAlive;
    private final String peer;
    private final byte[] buffer;
    private final byte[] fresh;
    private int length;

    /**
     * @param maxPayload the longest payload either ring carries
     * @param peerAlive  asked now and then while waiting: a ring cannot tell that its peer is gone
     */
    FramedRing(Ring in, Ring out, int maxPayload, int ackEvery, BooleanSupplier peerAlive, String peer) {
        this.in = in;
        this.out = out;
        this.ackEvery = ackEvery;
        this.peerAlive = peerAlive;
        this.peer = peer;
        this.buffer = new byte[Math.max(maxPayload, Long.BYTES)];
        this.fresh = new byte[Math.max(maxPayload, Long.BYTES)];
    }

    @Override
    public int sendFresh(int kind, int length, long seq) throws IOException {
        int checksum = Frames.fill(fresh, 0, length, seq);
        out.put(kind, fresh, length, peerAlive, peer);
        return checksum;
    }

    @Override
    public void send(int kind, byte[] data, int length) throws IOException {
        out.put(kind, data, length, peerAlive, peer);
    }

    @Override
    public void sendBack() throws IOException {
        out.put(in.kind(), buffer, length, peerAlive, peer);
    }

    @Override
    public boolean receive() throws IOException {
        length = in.take(buffer, peerAlive, peer);
        String invalid = Frames.invalid(in.kind(), length);
        if (invalid != null) {
            throw new IOException(invalid);
        }
        if (in.kind() != Frames.SINK || in.unpublished() >= ackEvery) {
            in.publish();
        }
        return true;
    }

    @Override
    public int kind() {
        return in.kind();
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
        return 0;
    }

    @Override
    public boolean creditsImplicit() {
        return true;
    }
}

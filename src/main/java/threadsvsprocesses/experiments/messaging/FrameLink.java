package threadsvsprocesses.experiments.messaging;

import java.io.IOException;

/**
 * One end of a channel that carries {@link Frames}: a byte stream (a pipe, a socket: {@link FramedStream}) or a
 * pair of rings in shared memory ({@link FramedRing}). Whatever carries them, sending copies the payload across once
 * (into the kernel, or into the ring) and receiving copies it out once, into this end's buffer.
 */
interface FrameLink {

    /**
     * Writes message number {@code seq} of {@code length} fresh bytes ({@link Frames#fill}) and sends it as a frame
     * of {@code kind}; returns its checksum.
     */
    int sendFresh(int kind, int length, long seq) throws IOException;

    /** Sends a frame of {@code kind} whose payload is the first {@code length} bytes of {@code data}. */
    void send(int kind, byte[] data, int length) throws IOException;

    /** Sends the frame last received back, byte for byte. */
    void sendBack() throws IOException;

    /**
     * Waits for the next frame; its kind, length and payload are then {@link #kind()}, {@link #length()} and
     * {@link #buffer()} from {@link #payloadOffset()}. False at a clean end (the peer closed before a frame).
     */
    boolean receive() throws IOException;

    int kind();

    int length();

    /** The frame last received; valid until the next call. */
    byte[] buffer();

    /** Where the payload starts in {@link #buffer()}. */
    int payloadOffset();

    /**
     * True where the link returns credits by itself (a ring: the sender sees the receiver's read position), so the
     * receiver sends no CREDIT frames; false for a byte stream, where it must.
     */
    boolean creditsImplicit();
}

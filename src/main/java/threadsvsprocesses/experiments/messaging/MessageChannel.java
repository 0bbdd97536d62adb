package threadsvsprocesses.experiments.messaging;

import java.io.IOException;

/**
 * Two parties and a way to pass messages between them: this thread and an echo/receiver at the other end
 * (another thread, or a child JVM over a pipe or a socket).
 */
public interface MessageChannel extends AutoCloseable {

    /** Messages per batch in {@link #sendBatch}: one acknowledgement per this many messages. */
    int BATCH = 256;

    /**
     * Sends {@code message} to the other end and waits until it comes back; returns the {@link Frames#checksum}
     * of the reply, computed over the bytes that came back.
     */
    int roundTrip(byte[] message) throws IOException, InterruptedException;

    /** A copy of the bytes that came back in the last round trip, for tests. */
    byte[] lastReply();

    /**
     * Sends {@code message} {@code count} times one way, then waits until the receiver acknowledges the batch;
     * returns the receiver's sum of the messages' checksums, which proves it read every byte. An acknowledgement
     * that does not match what was sent is an error.
     */
    long sendBatch(byte[] message, int count) throws IOException, InterruptedException;

    /** Stops the other end (thread or child JVM) and waits until it is gone; releases every resource. */
    @Override
    void close();

    /** The checksum sum that {@link #sendBatch} must get back. */
    static long expectedAck(byte[] message, int count) {
        return (long) Frames.checksum(message, 0, message.length) * count;
    }

    /** Fails unless an acknowledgement matches what was sent. */
    static long checkAck(long ack, byte[] message, int count, String channel) {
        long expected = expectedAck(message, count);
        if (ack != expected) {
            throw new IllegalStateException(channel + ": the receiver acknowledged checksum " + ack + " for "
                    + count + " messages of " + message.length + " bytes; expected " + expected);
        }
        return ack;
    }
}

package threadsvsprocesses.experiments.messaging;

import java.io.IOException;

/**
 * Two parties and a way to pass messages between them: this thread and an echo/receiver at the other end (another
 * thread, or a child JVM over a pipe, a socket or shared memory). Every message is fresh: message number n is
 * written anew ({@link Frames#fill}) before it is sent, so its bytes really move from the sender's core to the
 * receiver's. A channel is opened for one message size ({@link ChannelKind#open}).
 */
public interface MessageChannel extends AutoCloseable {

    /** Messages per batch in {@link #sendBatch}: one acknowledgement per this many messages. */
    int BATCH = 256;

    /**
     * Sends the next message to the other end and waits until it comes back; returns the {@link Frames#checksum} of
     * the reply, computed over the bytes that came back, which must be those sent.
     */
    int roundTrip() throws IOException, InterruptedException;

    /** A copy of the bytes that came back in the last round trip, for tests. */
    byte[] lastReply();

    /** The number of the last message sent ({@link Frames#message}), for tests. */
    long lastSeq();

    /**
     * Sends {@code count} messages one way, with at most the channel's {@link Window} of them unread at any time,
     * then waits until the receiver acknowledges the batch; returns the receiver's sum of the messages' checksums,
     * which proves it read every byte. An acknowledgement that does not match what was sent is an error.
     */
    long sendBatch(int count) throws IOException, InterruptedException;

    /** Stops the other end (thread or child JVM) and waits until it is gone; releases every resource. */
    @Override
    void close();

    /** Fails unless an acknowledgement matches the checksums of what was sent. */
    static long checkAck(long ack, long expected, int count, int messageBytes, String channel) {
        if (ack != expected) {
            throw new IllegalStateException(channel + ": the receiver acknowledged checksum " + ack + " for "
                    + count + " messages of " + messageBytes + " bytes; expected " + expected);
        }
        return ack;
    }
}

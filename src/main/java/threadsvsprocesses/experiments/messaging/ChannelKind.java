package threadsvsprocesses.experiments.messaging;

import threadsvsprocesses.labels.Labelled;

import java.io.IOException;
import java.util.Optional;

/**
 * The channels of the messaging experiment; the label is the benchmark's {@code channel}. Blocking channels put the
 * waiting side to sleep, so each round trip costs two cross-CPU wake-ups, measured alone by {@link #THREAD_PARK};
 * polling channels spin instead ({@link Spin}), so what is left is the channel itself: shared memory, or the kernel.
 */
public enum ChannelKind implements Labelled {
    /** Two threads of this JVM handing a message back and forth with park and unpark: the wake-up floor. */
    THREAD_PARK,
    /** Two threads of this JVM, a blocking queue each way. */
    THREAD_QUEUE,
    /** This JVM and a child JVM, over the child's stdin and stdout, reads blocking. */
    PROCESS_PIPE,
    /** This JVM and a child JVM, over a Unix-domain socket, reads blocking. */
    PROCESS_SOCKET,
    /** Two threads of this JVM, a single-producer ring each way in shared memory, both spinning. */
    THREAD_RING,
    /** This JVM and a child JVM, the same rings in a memory-mapped file both map, both spinning. */
    PROCESS_RING,
    /** This JVM and a child JVM, over the child's stdin and stdout, each reading in a non-blocking loop. */
    PROCESS_PIPE_POLL;

    /** True for the channels whose waiting side spins rather than sleeps. */
    public boolean polls() {
        return this == THREAD_RING || this == PROCESS_RING || this == PROCESS_PIPE_POLL;
    }

    /** True for the channels that carry a stream of messages one way (all but the wake-up floor). */
    public boolean streams() {
        return this != THREAD_PARK;
    }

    /**
     * Why a cell of this channel is not run on a machine of {@code cores} processors, if it is not: polling needs a
     * core for each side, and the floor has no throughput.
     */
    public Optional<String> skipReason(boolean throughput, int cores) {
        if (throughput && !streams()) {
            return Optional.of(label() + " measures the wake-up floor of a round trip; it carries no stream of "
                    + "messages");
        }
        if (polls() && cores < 2) {
            return Optional.of(label() + " spins on both sides and needs a core for each; on " + cores
                    + " core it would measure the scheduler taking turns, not the channel");
        }
        return Optional.empty();
    }

    /**
     * Opens the channel for messages of {@code messageBytes}: starts the receiver thread or the echo child JVM,
     * ready to pass messages, with the window of {@link Window#forMessage}.
     */
    public MessageChannel open(int messageBytes) throws IOException {
        if (messageBytes < 1 || messageBytes > Frames.MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("messageBytes must be between 1 and " + Frames.MAX_PAYLOAD_BYTES
                    + ", got " + messageBytes);
        }
        Window window = Window.forMessage(messageBytes);
        return switch (this) {
            case THREAD_PARK -> new ThreadParkChannel(messageBytes);
            case THREAD_QUEUE -> new ThreadQueueChannel(messageBytes, window);
            case PROCESS_PIPE -> ChildEchoChannel.overPipe(messageBytes, window, false);
            case PROCESS_SOCKET -> ChildEchoChannel.overSocket(messageBytes, window);
            case THREAD_RING -> ThreadRingChannel.open(messageBytes, window);
            case PROCESS_RING -> ChildEchoChannel.overRing(messageBytes, window);
            case PROCESS_PIPE_POLL -> ChildEchoChannel.overPipe(messageBytes, window, true);
        };
    }

    /** The channel for a label, or a one-line error naming the accepted labels. */
    public static ChannelKind byLabel(String label) {
        return Labelled.byLabel(ChannelKind.class, "channel", label);
    }
}

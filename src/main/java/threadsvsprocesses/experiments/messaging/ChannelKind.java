package threadsvsprocesses.experiments.messaging;

import threadsvsprocesses.labels.Labelled;

import java.io.IOException;

/** The channels of the messaging experiment; the label is the benchmark's {@code channel}. */
public enum ChannelKind implements Labelled {
    /** Two threads of this JVM, a blocking queue each way. */
    THREAD_QUEUE,
    /** This JVM and a child JVM, over the child's stdin and stdout. */
    PROCESS_PIPE,
    /** This JVM and a child JVM, over a Unix-domain socket. */
    PROCESS_SOCKET;

    /** Opens the channel: starts the receiver thread or the echo child JVM, ready to pass messages. */
    public MessageChannel open() throws IOException {
        return switch (this) {
            case THREAD_QUEUE -> new ThreadQueueChannel();
            case PROCESS_PIPE -> ChildEchoChannel.overPipe();
            case PROCESS_SOCKET -> ChildEchoChannel.overSocket();
        };
    }

    /** The channel for a label, or a one-line error naming the accepted labels. */
    public static ChannelKind byLabel(String label) {
        return Labelled.byLabel(ChannelKind.class, "channel", label);
    }
}

package threadsvsprocesses.experiments.messaging;

import threadsvsprocesses.experiments.Labels;

import java.io.IOException;

/** The channels of the messaging experiment; the label is the benchmark's {@code channel}. */
public enum ChannelKind {
    /** Two threads of this JVM, a blocking queue each way. */
    THREAD_QUEUE("thread-queue"),
    /** This JVM and a child JVM, over the child's stdin and stdout. */
    PROCESS_PIPE("process-pipe"),
    /** This JVM and a child JVM, over a Unix-domain socket. */
    PROCESS_SOCKET("process-socket");

    private final String label;

    ChannelKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

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
        return Labels.byLabel(values(), ChannelKind::label, "channel", label);
    }
}

package threadsvsprocesses.experiments.messaging;

import java.io.IOException;

/**
 * The receiving end of every framed channel, in a child JVM ({@link EchoMain}) or in a thread of this JVM (the
 * thread ring): echoes ECHO frames, sums the checksums of SINK frames and returns a CREDIT every
 * {@code ackEvery} of them (unless the link returns credits by itself), answers ACK with the sum, stops at BYE or at
 * the end of the stream.
 */
final class Echo {

    private Echo() {
    }

    /** Serves {@code link} until BYE or its end. */
    static void serve(FrameLink link, int ackEvery) throws IOException {
        byte[] reply = new byte[Long.BYTES];
        long sum = 0;
        long read = 0;
        while (link.receive()) {
            switch (link.kind()) {
                case Frames.ECHO -> link.sendBack();
                case Frames.SINK -> {
                    sum += Frames.checksum(link.buffer(), link.payloadOffset(), link.length());
                    read++;
                    if (!link.creditsImplicit() && read % ackEvery == 0) {
                        Frames.putLong(reply, 0, read);
                        link.send(Frames.CREDIT, reply, reply.length);
                    }
                }
                case Frames.ACK -> {
                    Frames.putLong(reply, 0, sum);
                    sum = 0;
                    read = 0;
                    link.send(Frames.ACK, reply, reply.length);
                }
                case Frames.BYE -> {
                    return;
                }
                default -> throw new IOException("unexpected frame of kind " + link.kind());
            }
        }
    }
}

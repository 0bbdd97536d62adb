package threadsvsprocesses.experiments.messaging;

import threadsvsprocesses.experiments.child.ChildJvm;
import threadsvsprocesses.experiments.child.StdinLifeline;

import java.io.BufferedInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The main class of the echo child JVM of the messaging experiment. It serves {@link Frames} one connection long:
 * echoes ECHO frames, sums the checksums of SINK frames, answers ACK with that sum.
 *
 * <ul>
 *   <li>{@code pipe}: frames on stdin and stdout; says {@code READY} first; exits when stdin closes.</li>
 *   <li>{@code socket <path>}: binds a Unix-domain socket at {@code path}, says {@code READY} on stdout, serves
 *       the first connection; exits when it closes, or when stdin (its lifeline) closes.</li>
 * </ul>
 * A malformed frame ends it with status 2 and a one-line reason on stderr.
 */
public final class EchoMain {

    static final String PIPE = "pipe";
    static final String SOCKET = "socket";

    private EchoMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals(PIPE)) {
            OutputStream out = new FileOutputStream(FileDescriptor.out);
            out.write((ChildJvm.READY + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            serve(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16), out);
        } else if (args.length == 2 && args[0].equals(SOCKET)) {
            StdinLifeline.exitWhenClosed();
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(Path.of(args[1])));
                System.out.println(ChildJvm.READY);
                System.out.flush();
                try (SocketChannel connection = server.accept()) {
                    serve(new BufferedInputStream(Channels.newInputStream(connection), 1 << 16),
                            Channels.newOutputStream(connection));
                }
            }
        } else {
            System.err.println("echo child: expected arguments 'pipe' or 'socket <socket path>', got "
                    + String.join(" ", args));
            System.exit(2);
        }
        System.exit(0);
    }

    private static void serve(InputStream in, OutputStream out) {
        FramedStream stream = new FramedStream(in, out);
        byte[] ack = new byte[8];
        long sum = 0;
        try {
            while (stream.receive()) {
                switch (stream.kind()) {
                    case Frames.ECHO -> stream.sendBack();
                    case Frames.SINK -> sum += Frames.checksum(stream.buffer(), Frames.HEADER_BYTES, stream.length());
                    default -> {
                        Frames.putLong(ack, 0, sum);
                        sum = 0;
                        stream.send(Frames.ACK, ack, ack.length);
                    }
                }
            }
        } catch (IOException e) {
            System.err.println("echo child: " + e.getMessage());
            System.exit(2);
        }
    }
}

package threadsvsprocesses.experiments.messaging;

import threadsvsprocesses.experiments.child.ChildJvm;
import threadsvsprocesses.experiments.child.StdinLifeline;

import java.io.BufferedInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * The main class of the echo child JVM of the messaging experiment: {@code <mode> <ackEvery> [...]}. It says
 * {@code READY} on stdout, then serves {@link Frames} ({@link Echo}) until BYE or the end of its channel:
 *
 * <ul>
 *   <li>{@code pipe}: frames on stdin and stdout, reads blocking; exits when stdin closes;</li>
 *   <li>{@code pipe-poll}: the same, reads spinning on {@code available()};</li>
 *   <li>{@code socket <path>}: binds a Unix-domain socket at {@code path} and serves the first connection;</li>
 *   <li>{@code ring <file> <capacity> <maxPayload>}: maps the two rings of {@code file} ({@link RingFile}) and
 *       serves them, spinning.</li>
 * </ul>
 * Where stdin is not the data channel it is the lifeline: the child halts when it closes. The child that spins on
 * the pipe also halts when its parent is gone (a pipe read by polling shows no end). A malformed frame or bad arguments end it with status 2 and a one-line reason on
 * stderr.
 */
public final class EchoMain {

    static final String PIPE = "pipe";
    static final String PIPE_POLL = "pipe-poll";
    static final String SOCKET = "socket";
    static final String RING = "ring";

    private EchoMain() {
    }

    public static void main(String[] args) {
        try {
            serve(args);
        } catch (IOException | RuntimeException e) {
            System.err.println("echo child: " + e.getMessage());
            System.exit(2);
        }
        System.exit(0);
    }

    private static void serve(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("expected '<pipe|pipe-poll|socket|ring> <ackEvery> ...', got '"
                    + String.join(" ", args) + "'");
        }
        int ackEvery = Integer.parseInt(args[1]);
        ProcessHandle parent = ProcessHandle.current().parent().orElseThrow();
        BooleanSupplier parentAlive = parent::isAlive;
        switch (args[0]) {
            case PIPE, PIPE_POLL -> {
                OutputStream out = new FileOutputStream(FileDescriptor.out);
                out.write((ChildJvm.READY + "\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                BufferedInputStream in = new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16);
                Echo.serve(args[0].equals(PIPE) ? new FramedStream(in, out)
                        : new FramedStream(in, out, parentAlive, "the parent JVM"), ackEvery);
            }
            case SOCKET -> {
                StdinLifeline.exitWhenClosed();
                try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                    server.bind(UnixDomainSocketAddress.of(Path.of(args[2])));
                    ready();
                    try (SocketChannel connection = server.accept()) {
                        Echo.serve(new FramedStream(new BufferedInputStream(Channels.newInputStream(connection), 1 << 16),
                                Channels.newOutputStream(connection)), ackEvery);
                    }
                }
            }
            case RING -> {
                StdinLifeline.exitWhenClosed();
                int capacity = Integer.parseInt(args[3]);
                int maxPayload = Integer.parseInt(args[4]);
                RingFile rings = RingFile.map(Path.of(args[2]), capacity, maxPayload);
                ready();
                // The stdin lifeline halts this JVM when the parent dies, so the spinning echo need not ask (asking
                // reads /proc, and a ring moves no byte through read or write).
                Echo.serve(new FramedRing(rings.requests(), rings.replies(), maxPayload, ackEvery, () -> true,
                        "the parent JVM"), ackEvery);
            }
            default -> throw new IllegalArgumentException("unknown mode '" + args[0] + "'");
        }
    }

    private static void ready() {
        PrintStream out = System.out;
        out.println(ChildJvm.READY);
        out.flush();
    }
}

package threadsvsprocesses.experiments.messaging;

import threadsvsprocesses.experiments.child.ChildJvm;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * This JVM and a child JVM running {@link EchoMain}, exchanging frames over the child's stdin/stdout pipes
 * ({@link #overPipe()}) or over a Unix-domain socket ({@link #overSocket()}). Either way the bytes cross the
 * kernel twice per hop (copied in by one process, out by the other), which threads sharing memory never do.
 *
 * <p>The child exits when its stdin closes ({@link ChildJvm}); {@link #close()} closes it, waits for it, and
 * deletes the socket file and its folder.
 */
final class ChildEchoChannel implements MessageChannel {

    private static final byte[] NO_PAYLOAD = new byte[0];

    private final String label;
    private final ChildJvm child;
    private final FramedStream stream;
    private final SocketChannel socket;
    private final Path socketDir;

    private ChildEchoChannel(String label, ChildJvm child, FramedStream stream, SocketChannel socket, Path socketDir) {
        this.label = label;
        this.child = child;
        this.stream = stream;
        this.socket = socket;
        this.socketDir = socketDir;
    }

    /** Starts the echo child and talks to it over its stdin (our writes) and stdout (our reads). */
    static ChildEchoChannel overPipe() throws IOException {
        ChildJvm child = ChildJvm.start(EchoMain.class, EchoMain.PIPE);
        try {
            child.awaitReady();
            return new ChildEchoChannel("process-pipe", child, new FramedStream(child.stdout(), child.stdin()), null, null);
        } catch (IOException | RuntimeException e) {
            child.close();
            throw e;
        }
    }

    /**
     * Creates a private temporary folder, starts the echo child, which binds a Unix-domain socket there and says
     * it is ready, and connects to it. The pipes stay open only as the child's lifeline.
     */
    static ChildEchoChannel overSocket() throws IOException {
        Path dir = Files.createTempDirectory("tvp-echo-");
        Path socketFile = dir.resolve("echo.sock");
        ChildJvm child = null;
        SocketChannel socket = null;
        try {
            child = ChildJvm.start(EchoMain.class, EchoMain.SOCKET, socketFile.toString());
            child.awaitReady();
            socket = SocketChannel.open(StandardProtocolFamily.UNIX);
            socket.connect(UnixDomainSocketAddress.of(socketFile));
            // Reads are buffered (a header and a small payload in one system call); each write goes straight out.
            FramedStream stream = new FramedStream(new BufferedInputStream(Channels.newInputStream(socket), 1 << 16),
                    Channels.newOutputStream(socket));
            return new ChildEchoChannel("process-socket", child, stream, socket, dir);
        } catch (IOException | RuntimeException e) {
            release(socket, child, dir);
            throw e;
        }
    }

    @Override
    public int roundTrip(byte[] message) throws IOException {
        stream.send(Frames.ECHO, message, message.length);
        expect(Frames.ECHO, message.length);
        return Frames.checksum(stream.buffer(), Frames.HEADER_BYTES, message.length);
    }

    @Override
    public byte[] lastReply() {
        return Arrays.copyOfRange(stream.buffer(), Frames.HEADER_BYTES, Frames.HEADER_BYTES + stream.length());
    }

    @Override
    public long sendBatch(byte[] message, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            stream.send(Frames.SINK, message, message.length);
        }
        stream.send(Frames.ACK, NO_PAYLOAD, 0);
        expect(Frames.ACK, 8);
        return MessageChannel.checkAck(Frames.getLong(stream.buffer(), Frames.HEADER_BYTES), message, count, label);
    }

    private void expect(int kind, int length) throws IOException {
        if (!stream.receive()) {
            throw new EOFException(label + ": the echo child JVM pid " + child.pid() + " closed its end");
        }
        if (stream.kind() != kind || stream.length() != length) {
            throw new IOException(label + ": the echo child answered a frame of kind " + stream.kind() + " and "
                    + stream.length() + " bytes; expected kind " + kind + " and " + length + " bytes");
        }
    }

    /** The echo child's process, for tests. */
    ProcessHandle child() {
        return child.handle();
    }

    /** The folder of the socket file, or null for the pipe; for tests. */
    Path socketDir() {
        return socketDir;
    }

    /** Closes the socket, stops the child and deletes the socket file and its folder. */
    @Override
    public void close() {
        release(socket, child, socketDir);
    }

    private static void release(SocketChannel socket, ChildJvm child, Path socketDir) {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        } finally {
            if (child != null) {
                child.close();
            }
            if (socketDir != null) {
                try {
                    Files.deleteIfExists(socketDir.resolve("echo.sock"));
                    Files.deleteIfExists(socketDir);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not delete the socket folder " + socketDir, e);
                }
            }
        }
    }
}

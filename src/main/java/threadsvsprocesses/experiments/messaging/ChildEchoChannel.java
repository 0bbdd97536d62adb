package threadsvsprocesses.experiments.messaging;

import threadsvsprocesses.experiments.child.ChildJvm;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This JVM and a child JVM running {@link EchoMain}, exchanging frames over the child's stdin/stdout pipes (reads
 * blocking, or spinning on {@code available()}), over a Unix-domain socket, or through two rings in a memory-mapped
 * file. Over a pipe or a socket the bytes cross the kernel twice per hop (copied in by one process, out by the
 * other); through the mapped rings they are copied into memory both processes map and out of it, as two threads
 * would.
 *
 * <p>The child exits at the channel's BYE, when its stdin closes ({@link ChildJvm}), or when this JVM dies; the
 * release closes it, waits for it, and deletes the socket or ring file and its folder.
 */
final class ChildEchoChannel {

    private ChildEchoChannel() {
    }

    /** Starts the echo child and talks to it over its stdin (our writes) and stdout (our reads). */
    static FramedChannel overPipe(int messageBytes, Window window, boolean poll) throws IOException {
        ChildJvm child = ChildJvm.start(EchoMain.class, poll ? EchoMain.PIPE_POLL : EchoMain.PIPE,
                Integer.toString(window.ackEvery()));
        try {
            child.awaitReady();
            FramedStream stream = poll
                    ? new FramedStream(child.stdout(), child.stdin(), child.handle()::isAlive, "the echo child JVM pid " + child.pid())
                    : new FramedStream(child.stdout(), child.stdin());
            ChannelKind kind = poll ? ChannelKind.PROCESS_PIPE_POLL : ChannelKind.PROCESS_PIPE;
            return new FramedChannel(kind.label(), stream, messageBytes, window, child::close, child.handle(), null);
        } catch (IOException | RuntimeException e) {
            child.close();
            throw e;
        }
    }

    /**
     * Creates a private temporary folder, starts the echo child, which binds a Unix-domain socket there and says
     * it is ready, and connects to it. The pipes stay open only as the child's lifeline.
     */
    static FramedChannel overSocket(int messageBytes, Window window) throws IOException {
        Path dir = Files.createTempDirectory("tvp-echo-");
        Path socketFile = dir.resolve("echo.sock");
        ChildJvm child = null;
        SocketChannel socket = null;
        try {
            child = ChildJvm.start(EchoMain.class, EchoMain.SOCKET, Integer.toString(window.ackEvery()),
                    socketFile.toString());
            child.awaitReady();
            socket = SocketChannel.open(StandardProtocolFamily.UNIX);
            socket.connect(UnixDomainSocketAddress.of(socketFile));
            // Reads are buffered (a header and a small payload in one system call); each write goes straight out.
            FramedStream stream = new FramedStream(new BufferedInputStream(Channels.newInputStream(socket), 1 << 16),
                    Channels.newOutputStream(socket));
            SocketChannel opened = socket;
            ChildJvm started = child;
            return new FramedChannel(ChannelKind.PROCESS_SOCKET.label(), stream, messageBytes, window,
                    () -> release(opened, started, dir, socketFile), child.handle(), dir);
        } catch (IOException | RuntimeException e) {
            release(socket, child, dir, socketFile);
            throw e;
        }
    }

    /**
     * Creates the ring file, starts the echo child, which maps it and says it is ready, maps it here too, and
     * unlinks it (the mappings outlive the name, so a run killed by SIGKILL leaves no file behind).
     */
    static FramedChannel overRing(int messageBytes, Window window) throws IOException {
        int maxPayload = Math.max(messageBytes, Long.BYTES);
        Path file = RingFile.create(window.messages(), maxPayload);
        ChildJvm child = null;
        try {
            child = ChildJvm.start(EchoMain.class, EchoMain.RING, Integer.toString(window.ackEvery()), file.toString(),
                    Integer.toString(window.messages()), Integer.toString(maxPayload));
            child.awaitReady();
            RingFile rings = RingFile.map(file, window.messages(), maxPayload);
            Files.deleteIfExists(file);
            FrameLink end = new FramedRing(rings.replies(), rings.requests(), maxPayload, window.ackEvery(),
                    child.handle()::isAlive, "the echo child JVM pid " + child.pid());
            ChildJvm started = child;
            return new FramedChannel(ChannelKind.PROCESS_RING.label(), end, messageBytes, window,
                    () -> release(null, started, null, file), child.handle(), null);
        } catch (IOException | RuntimeException e) {
            release(null, child, null, file);
            throw e;
        }
    }

    /** Closes the socket, stops the child, deletes the file and the folder (each where there is one). */
    private static void release(SocketChannel socket, ChildJvm child, Path dir, Path file) {
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
            try {
                Files.deleteIfExists(file);
                if (dir != null) {
                    Files.deleteIfExists(dir);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete " + file, e);
            }
        }
    }
}

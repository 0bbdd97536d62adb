package threadsvsprocesses.experiments.messaging;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import threadsvsprocesses.experiments.NoChildLeft;
import threadsvsprocesses.experiments.child.ChildJvm;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every channel, with a real thread, a real child JVM, a real pipe and a real Unix-domain socket, returns exactly
 * the bytes sent at every benchmark size, and its receiver reads every byte of a batch. Bytes, not time: larger
 * messages move more bytes through the kernel, as the echo child's own I/O counters show.
 */
class MessageChannelTest {

    private static final int[] SIZES = {8, 512, 8192, 65536};

    @AfterEach
    void noChildIsLeft() throws InterruptedException {
        NoChildLeft.assertNoChildLeft(5_000);
    }

    @ParameterizedTest
    @EnumSource(ChannelKind.class)
    void theEchoIsExactlyTheBytesSentAtEverySize(ChannelKind kind) throws Exception {
        Random random = new Random(kind.ordinal());
        try (MessageChannel channel = kind.open()) {
            for (int size : SIZES) {
                for (byte[] message : new byte[][] {Frames.message(size), randomBytes(random, size)}) {
                    int checksum = channel.roundTrip(message);
                    assertArrayEquals(message, channel.lastReply(), kind.label() + " at " + size + " bytes");
                    assertEquals(Frames.checksum(message, 0, size), checksum, "the checksum is of the reply");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ChannelKind.class)
    void theReceiverAcknowledgesEveryByteOfABatch(ChannelKind kind) throws Exception {
        try (MessageChannel channel = kind.open()) {
            for (int size : SIZES) {
                byte[] message = Frames.message(size);
                long ack = channel.sendBatch(message, MessageChannel.BATCH);
                assertEquals((long) Frames.checksum(message, 0, size) * MessageChannel.BATCH, ack);
                assertTrue(ack > 0);
            }
            // Round trips and batches mix: the channel is back in step after each batch.
            byte[] message = Frames.message(100);
            channel.roundTrip(message);
            assertArrayEquals(message, channel.lastReply());
        }
    }

    @ParameterizedTest
    @EnumSource(value = ChannelKind.class, names = {"PROCESS_PIPE", "PROCESS_SOCKET"})
    void largerMessagesMoveMoreBytesThroughTheKernel(ChannelKind kind) throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/io")), "needs Linux's /proc/<pid>/io");
        try (ChildEchoChannel channel = (ChildEchoChannel) kind.open()) {
            long pid = channel.child().pid();
            channel.roundTrip(Frames.message(8)); // loads the child's classes first: their reads are not ours
            long previousRead = 0;
            for (int size : SIZES) {
                long[] before = readAndWritten(pid);
                for (int i = 0; i < 10; i++) {
                    channel.roundTrip(Frames.message(size));
                }
                long[] after = readAndWritten(pid);
                long read = after[0] - before[0];
                long written = after[1] - before[1];
                long frameBytes = 10L * (Frames.HEADER_BYTES + size);
                assertTrue(read >= frameBytes && written >= frameBytes, kind.label() + " at " + size
                        + " bytes: the child read " + read + " and wrote " + written + " bytes; expected at least "
                        + frameBytes + " each");
                assertTrue(read > previousRead, "a larger message moved more bytes: " + read + " after " + previousRead);
                previousRead = read;
            }
        }
    }

    @Test
    void theSocketFileAndItsFolderAreDeletedOnClose() throws Exception {
        Path dir;
        try (ChildEchoChannel channel = (ChildEchoChannel) ChannelKind.PROCESS_SOCKET.open()) {
            dir = channel.socketDir();
            assertTrue(Files.exists(dir.resolve("echo.sock")), "the socket file exists while the channel is open");
        }
        assertFalse(Files.exists(dir), "socket folder " + dir + " was deleted");
    }

    @Test
    void theEchoChildRejectsAMalformedFrameInOneLineAndExits() throws Exception {
        try (ChildJvm child = ChildJvm.start(EchoMain.class, EchoMain.PIPE)) {
            child.awaitReady();
            byte[] header = new byte[Frames.HEADER_BYTES];
            Frames.putHeader(header, 9, 4);
            OutputStream in = child.stdin();
            in.write(header);
            in.flush();
            assertEquals(2, child.awaitExit(10_000), "the echo child exits with status 2 on a bad frame");
        }
    }

    @Test
    void anUnknownChannelIsRejectedWithTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChannelKind.byLabel("shm"));
        assertEquals("unknown channel 'shm'; accepted: thread-queue, process-pipe, process-socket", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Frames.message(0));
    }

    private static byte[] randomBytes(Random random, int size) {
        byte[] b = new byte[size];
        random.nextBytes(b);
        return b;
    }

    /** rchar and wchar of /proc/<pid>/io: bytes the process passed to read and write system calls. */
    private static long[] readAndWritten(long pid) throws IOException {
        long[] rw = new long[2];
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "io"))) {
            if (line.startsWith("rchar:")) {
                rw[0] = Long.parseLong(line.substring(6).trim());
            } else if (line.startsWith("wchar:")) {
                rw[1] = Long.parseLong(line.substring(6).trim());
            }
        }
        return rw;
    }
}

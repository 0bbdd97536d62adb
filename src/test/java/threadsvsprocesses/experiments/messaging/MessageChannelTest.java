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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every channel, with real threads, a real child JVM, a real pipe, a real Unix-domain socket and a real mapped file,
 * returns exactly the bytes sent at every size, fresh ones for every message, and its receiver reads every byte of
 * a batch. Bytes, not time: messages through a pipe or a socket move bytes through the kernel, as the echo child's
 * own I/O counters show, and messages through the mapped rings move none.
 */
class MessageChannelTest {

    private static final int[] SIZES = {1, 8, 1024, 16384};

    @AfterEach
    void noChildIsLeft() throws InterruptedException {
        NoChildLeft.assertNoChildLeft(5_000);
    }

    @ParameterizedTest
    @EnumSource(ChannelKind.class)
    void theEchoIsExactlyTheFreshBytesSentAtEverySize(ChannelKind kind) throws Exception {
        for (int size : SIZES) {
            try (MessageChannel channel = kind.open(size)) {
                byte[] previous = null;
                for (int i = 0; i < 3; i++) {
                    int checksum = channel.roundTrip();
                    byte[] sent = Frames.message(size, channel.lastSeq());
                    assertArrayEquals(sent, channel.lastReply(), kind.label() + " at " + size + " bytes");
                    assertEquals(Frames.checksum(sent, 0, size), checksum, "the checksum is of the reply");
                    if (previous != null) {
                        assertNotEquals(java.util.Arrays.toString(previous), java.util.Arrays.toString(sent),
                                "every message is written anew");
                    }
                    previous = sent;
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = ChannelKind.class, names = "THREAD_PARK", mode = EnumSource.Mode.EXCLUDE)
    void theReceiverAcknowledgesEveryByteOfABatch(ChannelKind kind) throws Exception {
        for (int size : SIZES) {
            try (MessageChannel channel = kind.open(size)) {
                for (int batch = 0; batch < 2; batch++) {
                    long first = channel.lastSeq() + 1;
                    long ack = channel.sendBatch(MessageChannel.BATCH);
                    long expected = 0;
                    for (long seq = first; seq < first + MessageChannel.BATCH; seq++) {
                        expected += Frames.checksum(Frames.message(size, seq), 0, size);
                    }
                    assertEquals(expected, ack, kind.label() + " at " + size + " bytes");
                }
                // Round trips and batches mix: the channel is back in step after each batch.
                channel.roundTrip();
                assertArrayEquals(Frames.message(size, channel.lastSeq()), channel.lastReply());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = ChannelKind.class, names = {"PROCESS_PIPE", "PROCESS_SOCKET", "PROCESS_PIPE_POLL"})
    void messagesThroughAPipeOrASocketMoveTheirBytesThroughTheKernel(ChannelKind kind) throws Exception {
        for (int size : SIZES) {
            try (MessageChannel channel = kind.open(size)) {
                long pid = ((FramedChannel) channel).child().pid();
                channel.roundTrip();
                long[] before = readAndWritten(pid);
                for (int i = 0; i < 10; i++) {
                    channel.roundTrip();
                }
                long[] after = readAndWritten(pid);
                long read = after[0] - before[0];
                long written = after[1] - before[1];
                long frameBytes = 10L * (Frames.HEADER_BYTES + size);
                assertTrue(read >= frameBytes && written >= frameBytes, kind.label() + " at " + size
                        + " bytes: the child read " + read + " and wrote " + written + " bytes; expected at least "
                        + frameBytes + " each");
            }
        }
    }

    @Test
    void messagesThroughTheMappedRingsMoveNoBytesThroughTheKernel() throws Exception {
        int size = 16384;
        try (MessageChannel channel = ChannelKind.PROCESS_RING.open(size)) {
            long pid = ((FramedChannel) channel).child().pid();
            for (int i = 0; i < 20; i++) {
                channel.roundTrip();
            }
            long[] before = readAndWritten(pid);
            for (int i = 0; i < 100; i++) {
                channel.roundTrip();
                assertArrayEquals(Frames.message(size, channel.lastSeq()), channel.lastReply());
            }
            long[] after = readAndWritten(pid);
            long messageBytes = 100L * size;
            // The child's own housekeeping (asking now and then whether its parent lives) reads a little; the
            // messages themselves never pass through read or write.
            assertTrue(after[0] - before[0] < messageBytes / 10 && after[1] - before[1] < messageBytes / 10,
                    "the ring child read " + (after[0] - before[0]) + " and wrote " + (after[1] - before[1])
                            + " bytes for " + messageBytes + " bytes of messages each way");
        }
    }

    @Test
    void theSocketFileAndItsFolderAreDeletedOnClose() throws Exception {
        Path dir;
        try (MessageChannel channel = ChannelKind.PROCESS_SOCKET.open(8)) {
            dir = ((FramedChannel) channel).folder();
            assertTrue(Files.exists(dir.resolve("echo.sock")), "the socket file exists while the channel is open");
        }
        assertFalse(Files.exists(dir), "socket folder " + dir + " was deleted");
    }

    @Test
    void aBlockingChannelsWindowFitsThePipeBufferAndIsTheSameForEveryChannel() {
        for (int size : SIZES) {
            Window w = Window.forMessage(size);
            assertTrue((long) w.messages() * (Frames.HEADER_BYTES + size) <= Window.PIPE_BUFFER_BYTES,
                    "the window of " + size + "-byte messages fits a pipe buffer: " + w);
            assertTrue(w.ackEvery() <= w.messages() && w.messages() <= Window.MOST);
        }
    }

    @Test
    void theEchoChildRejectsAMalformedFrameInOneLineAndExits() throws Exception {
        try (ChildJvm child = ChildJvm.start(EchoMain.class, EchoMain.PIPE, "1")) {
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
    void aPollingCellIsSkippedOnOneCoreAndTheFloorHasNoThroughput() {
        assertTrue(ChannelKind.THREAD_RING.skipReason(false, 1).orElseThrow().contains("core"));
        assertTrue(ChannelKind.PROCESS_RING.skipReason(false, 2).isEmpty());
        assertTrue(ChannelKind.THREAD_PARK.skipReason(true, 2).isPresent());
        assertTrue(ChannelKind.THREAD_PARK.skipReason(false, 1).isEmpty(), "blocking channels run on one core");
        assertThrows(UnsupportedOperationException.class, () -> {
            try (MessageChannel park = ChannelKind.THREAD_PARK.open(8)) {
                park.sendBatch(1);
            }
        });
    }

    @Test
    void anUnknownChannelIsRejectedWithTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChannelKind.byLabel("shm"));
        assertEquals("unknown channel 'shm'; accepted: " + threadsvsprocesses.labels.Labelled.labels(ChannelKind.class),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Frames.message(0, 1));
        assertThrows(IllegalArgumentException.class, () -> ChannelKind.THREAD_QUEUE.open(0));
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

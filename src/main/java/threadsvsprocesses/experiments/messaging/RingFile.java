package threadsvsprocesses.experiments.messaging;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The two rings of the process ring in one memory-mapped file, shared by this JVM and the echo child: requests
 * first, replies after them, each on whole pages. Both processes map the same pages, so what one writes the other
 * reads from the same physical memory, as two threads would.
 *
 * @param requests the ring this JVM writes and the child reads
 * @param replies  the ring the child writes and this JVM reads
 */
record RingFile(Ring requests, Ring replies) {

    private static final int PAGE = 4096;

    /** A new file of zeros large enough for both rings. */
    static Path create(int capacity, int maxPayload) throws IOException {
        Path file = Files.createTempFile("tvp-ring-", ".bin");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.allocate(1), 2L * pageBytes(capacity, maxPayload) - 1);
        }
        return file;
    }

    /** Maps both rings of {@code file}, shared. */
    static RingFile map(Path file, int capacity, int maxPayload) throws IOException {
        long ringBytes = pageBytes(capacity, maxPayload);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            // The mappings stay valid after the channel is closed (and after the file is deleted).
            MappedByteBuffer requests = channel.map(FileChannel.MapMode.READ_WRITE, 0, ringBytes);
            MappedByteBuffer replies = channel.map(FileChannel.MapMode.READ_WRITE, ringBytes, ringBytes);
            return new RingFile(new Ring(requests, capacity, maxPayload), new Ring(replies, capacity, maxPayload));
        }
    }

    private static long pageBytes(int capacity, int maxPayload) {
        long bytes = Ring.bytes(capacity, maxPayload);
        return (bytes + PAGE - 1) / PAGE * PAGE;
    }
}

package threadsvsprocesses.experiments.counter;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One {@code long} at the start of a memory-mapped file. Every process that maps the file sees the same physical
 * memory, so an atomic add by one process is seen by all: shared memory between processes, which the JVM offers
 * only through a mapped file (Python's {@code multiprocessing.Value} is the same idea).
 */
final class MappedLong {

    // A VarHandle view gives atomic access modes (getAndAdd is one `lock xadd` on x86) on a direct buffer, where
    // the address is aligned to 8 bytes. A mapping starts on a page boundary, so offset 0 is; map() checks it.
    private static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final MappedByteBuffer buffer;

    private MappedLong(MappedByteBuffer buffer) {
        this.buffer = buffer;
    }

    /** A new temporary file holding one zero long, to be mapped by a parent and its children. */
    static Path createFile() throws IOException {
        Path file = Files.createTempFile("tvp-counter-", ".long");
        Files.write(file, new byte[Long.BYTES]);
        return file;
    }

    /** Maps the first 8 bytes of {@code file}, read-write and shared. */
    static MappedLong map(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            // The mapping stays valid after the channel is closed (and after the file is deleted).
            MappedByteBuffer buffer = channel.map(FileChannel.MapMode.READ_WRITE, 0, Long.BYTES);
            if (buffer.alignmentOffset(0, Long.BYTES) != 0) {
                throw new IOException("the mapping of " + file + " is not aligned to 8 bytes; atomic access needs it");
            }
            return new MappedLong(buffer);
        }
    }

    /** Adds 1 atomically {@code times} times, one increment at a time; returns how many it made. */
    long addOnes(long times) {
        ByteBuffer b = buffer;
        long made = 0;
        for (long i = 0; i < times; i++) {
            // Each getAndAdd is a full atomic read-modify-write on the shared page; the JIT neither merges
            // nor hoists atomic operations. The returned old value is unused; the count below is this process's own.
            long ignored = (long) LONG.getAndAdd(b, 0, 1L);
            made++;
        }
        return made;
    }

    long get() {
        return (long) LONG.getVolatile(buffer, 0);
    }

    void set(long value) {
        LONG.setVolatile(buffer, 0, value);
    }
}

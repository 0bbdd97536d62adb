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
 * One {@code long} in a memory-mapped file, the counter file of the process variants. Every process that maps the
 * file shared sees the same physical memory, so an atomic add by one process is seen by all: shared memory between
 * processes, which the JVM offers only through a mapped file (Python's {@code multiprocessing.Value} is the same
 * idea). Mapped private (copy-on-write), it is what a forked process has of its parent's variable: a page that reads
 * as the parent's until the process first writes it, then a copy of its own that nobody else sees.
 *
 * <p>The file has two pages: the start gate at {@link #GATE} and the counter at {@link #COUNTER}, on pages of their
 * own, so that a child can map the gate shared and the counter private.
 */
final class MappedLong {

    /** Offset of the start gate: the number of the round the children may start counting. */
    static final int GATE = 0;
    /** Offset of the counter, on the second page. */
    static final int COUNTER = 4096;
    private static final int FILE_BYTES = 2 * 4096;

    // A VarHandle view gives atomic access modes (getAndAdd is one `lock xadd` on x86) on a direct buffer, where
    // the address is aligned to 8 bytes. A mapping starts on a page boundary, so offset 0 is; map() checks it.
    private static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final MappedByteBuffer buffer;

    private MappedLong(MappedByteBuffer buffer) {
        this.buffer = buffer;
    }

    /** A new temporary counter file of zeros, to be mapped by a parent and its children. */
    static Path createFile() throws IOException {
        Path file = Files.createTempFile("tvp-counter-", ".longs");
        Files.write(file, new byte[FILE_BYTES]);
        return file;
    }

    /** Maps the long at {@code offset} of {@code file}: shared with every other mapping, or a private copy. */
    static MappedLong map(Path file, int offset, boolean privateCopy) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            // The mapping stays valid after the channel is closed (and after the file is deleted).
            MappedByteBuffer buffer = channel.map(privateCopy ? FileChannel.MapMode.PRIVATE
                    : FileChannel.MapMode.READ_WRITE, offset, Long.BYTES);
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

    /**
     * Adds 1 {@code times} times with no lock and no fence, as the unsynchronized threads do ({@code getOpaque},
     * then {@code setOpaque}: each access performed, nothing atomic); returns how many it made.
     */
    long addOnesRacily(long times) {
        ByteBuffer b = buffer;
        long made = 0;
        for (long i = 0; i < times; i++) {
            long v = (long) LONG.getOpaque(b, 0);
            LONG.setOpaque(b, 0, v + 1);
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

    /**
     * Waits, spinning, until the value is at least {@code round}: the start gate. It yields the processor now and
     * then, so that on fewer cores than children the parent and the other children still get to run.
     */
    void awaitAtLeast(long round) {
        int spins = 0;
        while ((long) LONG.getAcquire(buffer, 0) < round) {
            Thread.onSpinWait();
            if (++spins % 1024 == 0) {
                Thread.yield();
            }
        }
    }

    /** Opens the gate for round {@code round}: every child spinning in {@link #awaitAtLeast} goes at once. */
    void release(long round) {
        LONG.setRelease(buffer, 0, round);
    }
}

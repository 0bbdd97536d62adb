package threadsvsprocesses.experiments.messaging;

import java.io.EOFException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.BooleanSupplier;

/**
 * A single-producer, single-consumer ring of frames in one block of memory: a direct buffer between two threads, or
 * a memory-mapped file between two processes, the same code either way. The producer writes a frame into the next
 * free slot and then publishes its count of frames written ({@code head}, a release store); the consumer waits until
 * the count moves (an acquire load), copies the frame out, and publishes its count of frames read ({@code tail}), which
 * frees the slot. Both wait by spinning ({@link Spin}): nothing here puts a thread to sleep or enters the kernel.
 *
 * <p>Layout: {@code head} at byte 0 and {@code tail} at byte 64 (cache lines of their own, so the two sides do not
 * write the same line), then {@code capacity} slots of a 4-byte kind, a 4-byte length and the payload, each slot a
 * whole number of 64-byte lines.
 */
final class Ring {

    private static final int HEAD = 0;
    private static final int TAIL = 64;
    private static final int SLOTS = 128;
    private static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final ByteBuffer memory;
    private final int capacity;
    private final int stride;
    private final BooleanSupplier hasRoom = this::hasRoom;
    private final BooleanSupplier hasFrame = this::hasFrame;
    private long produced;
    private long consumed;
    private long published;
    private int kind;

    /** A ring over {@code memory} (which must start 64-byte aligned and hold {@link #bytes}), initially empty. */
    Ring(ByteBuffer memory, int capacity, int maxPayload) {
        if (memory.alignmentOffset(0, 64) != 0 || memory.capacity() < bytes(capacity, maxPayload)) {
            throw new IllegalArgumentException("ring memory must be 64-byte aligned and hold "
                    + bytes(capacity, maxPayload) + " bytes");
        }
        this.memory = memory;
        this.capacity = capacity;
        this.stride = stride(maxPayload);
    }

    /** Bytes a ring of {@code capacity} frames of up to {@code maxPayload} bytes takes. */
    static int bytes(int capacity, int maxPayload) {
        return SLOTS + capacity * stride(maxPayload);
    }

    private static int stride(int maxPayload) {
        return (Frames.HEADER_BYTES + maxPayload + 63) / 64 * 64;
    }

    /** Producer: waits for a free slot, writes the frame into it and publishes it. */
    void put(int frameKind, byte[] payload, int length, BooleanSupplier peerAlive, String peer) throws EOFException {
        Spin.until(hasRoom, peerAlive, peer);
        int at = slot(produced);
        memory.putInt(at, frameKind);
        memory.putInt(at + 4, length);
        memory.put(at + Frames.HEADER_BYTES, payload, 0, length);
        produced++;
        LONG.setRelease(memory, HEAD, produced);
    }

    /**
     * Consumer: waits for the next frame and copies its payload into {@code into} (at least the longest payload);
     * returns its length, its kind is then {@link #kind()}. The slot is freed at the next {@link #publish()}.
     */
    int take(byte[] into, BooleanSupplier peerAlive, String peer) throws EOFException {
        Spin.until(hasFrame, peerAlive, peer);
        int at = slot(consumed);
        kind = memory.getInt(at);
        int length = memory.getInt(at + 4);
        memory.get(at + Frames.HEADER_BYTES, into, 0, length);
        consumed++;
        return length;
    }

    /** The kind of the frame last taken. */
    int kind() {
        return kind;
    }

    /** Consumer: frees the slots of every frame taken so far (the producer sees them as free). */
    void publish() {
        LONG.setRelease(memory, TAIL, consumed);
        published = consumed;
    }

    /** Consumer: frames taken but not yet freed. */
    long unpublished() {
        return consumed - published;
    }

    private boolean hasRoom() {
        return produced - (long) LONG.getAcquire(memory, TAIL) < capacity;
    }

    private boolean hasFrame() {
        return (long) LONG.getAcquire(memory, HEAD) > consumed;
    }

    private int slot(long n) {
        return SLOTS + (int) (n % capacity) * stride;
    }
}

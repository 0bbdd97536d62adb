package threadsvsprocesses.experiments.messaging;

import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * This thread and an echo thread of this JVM passing frames through two {@link Ring}s in a direct buffer, both
 * spinning while they wait: shared memory between two threads with no lock, no queue and no wake-up. Each message is
 * copied into the ring and out of it, as the process ring ({@code process-ring}) and a pipe copy it, so the three
 * polling channels differ only in where the bytes go: plain memory, memory another process maps, the kernel.
 *
 * <p>The echo thread spins for as long as the channel is open: it needs a core of its own (see {@link Spin}).
 */
final class ThreadRingChannel {

    private ThreadRingChannel() {
    }

    /** Opens the channel: the rings, the echo thread spinning on its ring, and the sending end. */
    static MessageChannel open(int messageBytes, Window window) {
        int ringBytes = Ring.bytes(window.messages(), Math.max(messageBytes, Long.BYTES));
        ByteBuffer memory = ByteBuffer.allocateDirect(2 * ringBytes + 64).alignedSlice(64);
        Ring requests = new Ring(memory.slice(0, ringBytes), window.messages(), Math.max(messageBytes, Long.BYTES));
        Ring replies = new Ring(memory.slice(ringBytes, ringBytes), window.messages(),
                Math.max(messageBytes, Long.BYTES));
        Flag open = new Flag();
        FrameLink echoEnd = new FramedRing(requests, replies, messageBytes, window.ackEvery(), () -> open.value,
                "the thread-ring sender");
        Thread echo = Thread.ofPlatform().name("ring-echo").daemon(true).start(() -> {
            try {
                Echo.serve(echoEnd, window.ackEvery());
            } catch (java.io.IOException e) {
                // the channel was closed under it
            }
        });
        FrameLink senderEnd = new FramedRing(replies, requests, messageBytes, window.ackEvery(), echo::isAlive,
                "the thread-ring echo thread");
        return new FramedChannel(ChannelKind.THREAD_RING.label(), senderEnd, messageBytes, window, () -> {
            open.value = false;
            boolean interrupted = false;
            while (echo.isAlive()) {
                try {
                    echo.join(Duration.ofSeconds(2));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }, null, null);
    }

    /** Whether the sending end is still open, as the spinning echo asks now and then. */
    private static final class Flag {
        volatile boolean value = true;
    }
}

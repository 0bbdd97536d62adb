package threadsvsprocesses.experiments.messaging;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * This thread and a receiver thread in the same JVM, passing messages through {@link ArrayBlockingQueue}s.
 *
 * <p>Why {@code ArrayBlockingQueue}: it is the plain bounded buffer of {@code java.util.concurrent} (one lock, two
 * conditions), the in-memory counterpart of a pipe's kernel buffer: the sender runs ahead until it is full, the
 * receiver sleeps while it is empty. A {@code SynchronousQueue} would force a hand-off per message and so turn the
 * throughput run into a series of round trips; one queue class for both experiments keeps them comparable.
 * Requests go through a queue of {@value MessageChannel#BATCH} slots (one batch), replies through one of 1 slot.
 *
 * <p>What passes is a reference: threads share memory, so no byte is copied. The echo hands back the very array
 * it got; the receiver of a one-way message reads every byte of it ({@link Frames#checksum}), as the child JVMs
 * do, so "received" means the same on every channel. The receiver is a platform thread, stopped by
 * {@link #close()}.
 */
final class ThreadQueueChannel implements MessageChannel {

    private static final Object ACK = new Object();
    private static final Object STOP = new Object();

    /** A round-trip request; one per channel, reused, since the sender waits for each reply before the next. */
    private static final class Echo {
        byte[] payload;
    }

    private final BlockingQueue<Object> requests = new ArrayBlockingQueue<>(BATCH);
    private final BlockingQueue<Object> replies = new ArrayBlockingQueue<>(1);
    private final Echo echo = new Echo();
    private final Thread receiver;
    private byte[] lastReply = new byte[0];

    ThreadQueueChannel() {
        receiver = Thread.ofPlatform().name("queue-receiver").daemon(true).start(this::receive);
    }

    private void receive() {
        long sum = 0;
        try {
            while (true) {
                Object m = requests.take();
                if (m instanceof byte[] message) {
                    sum += Frames.checksum(message, 0, message.length);
                } else if (m instanceof Echo e) {
                    replies.put(e.payload);
                } else if (m == ACK) {
                    replies.put(sum);
                    sum = 0;
                } else if (m == STOP) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            // close() gave up waiting for STOP; end now
        }
    }

    @Override
    public int roundTrip(byte[] message) throws InterruptedException {
        echo.payload = message;
        requests.put(echo);
        byte[] reply = (byte[]) replies.take();
        lastReply = reply;
        return Frames.checksum(reply, 0, reply.length);
    }

    @Override
    public byte[] lastReply() {
        return lastReply.clone();
    }

    @Override
    public long sendBatch(byte[] message, int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            requests.put(message);
        }
        requests.put(ACK);
        return MessageChannel.checkAck((Long) replies.take(), message, count, "thread-queue");
    }

    /** Asks the receiver to stop and joins it; interrupts it if it does not stop within two seconds. */
    @Override
    public void close() {
        boolean interrupted = false;
        try {
            if (!requests.offer(STOP, 2, TimeUnit.SECONDS)) {
                receiver.interrupt();
            }
        } catch (InterruptedException e) {
            receiver.interrupt();
            interrupted = true;
        }
        while (receiver.isAlive()) {
            try {
                if (!receiver.join(Duration.ofSeconds(2))) {
                    receiver.interrupt();
                }
            } catch (InterruptedException e) {
                interrupted = true;
                receiver.interrupt();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

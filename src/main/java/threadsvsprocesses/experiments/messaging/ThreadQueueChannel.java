package threadsvsprocesses.experiments.messaging;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * This thread and a receiver thread in the same JVM, passing messages through {@link ArrayBlockingQueue}s, the plain
 * bounded buffer of {@code java.util.concurrent} (one lock, two conditions): the way threads usually talk, and the
 * in-memory counterpart of a pipe (the receiver sleeps while its queue is empty, and is woken when a message
 * arrives). Each queue holds the window and the control messages, so neither end ever waits for room.
 *
 * <p>What passes is a reference: threads share memory, so no byte is copied. The sender writes each message fresh
 * into one of {@code window} buffers it uses in turn, the receiver reads every byte of it ({@link Frames#checksum}),
 * as the child JVMs do, so the bytes really move between the two cores, and "received" means the same on every
 * channel. The window is the same as every other channel's ({@link Window}): the receiver puts a credit on the reply
 * queue every {@code ackEvery} messages, and the sender waits for one before it has more than {@code window} unread
 * (which also makes reusing a buffer safe: it has been read). The echo of a round trip hands back the very array it
 * got. The receiver is a platform thread, stopped by {@link #close()}.
 */
final class ThreadQueueChannel implements MessageChannel {

    private static final Object STOP = new Object();
    private static final Object ACK = new Object();

    /** A round-trip request; one per channel, reused, since the sender waits for each reply before the next. */
    private static final class Echo {
        byte[] payload;
    }

    private record Credit(long read) {
    }

    private record Sum(long value) {
    }

    private final BlockingQueue<Object> requests;
    private final BlockingQueue<Object> replies;
    private final Echo echo = new Echo();
    private final byte[][] buffers;
    private final int messageBytes;
    private final Window window;
    private final Thread receiver;
    private byte[] lastReply = new byte[0];
    private long seq;

    ThreadQueueChannel(int messageBytes, Window window) {
        this.messageBytes = messageBytes;
        this.window = window;
        this.buffers = new byte[window.messages()][messageBytes];
        this.requests = new ArrayBlockingQueue<>(window.messages() + 2);
        this.replies = new ArrayBlockingQueue<>(window.messages() + 2);
        receiver = Thread.ofPlatform().name("queue-receiver").daemon(true).start(this::receive);
    }

    private void receive() {
        long sum = 0;
        long read = 0;
        try {
            while (true) {
                Object m = requests.take();
                if (m instanceof byte[] message) {
                    sum += Frames.checksum(message, 0, message.length);
                    if (++read % window.ackEvery() == 0) {
                        replies.put(new Credit(read));
                    }
                } else if (m instanceof Echo e) {
                    replies.put(e.payload);
                } else if (m == ACK) {
                    replies.put(new Sum(sum));
                    sum = 0;
                    read = 0;
                } else if (m == STOP) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            // close() gave up waiting for STOP; end now
        }
    }

    @Override
    public int roundTrip() throws InterruptedException {
        byte[] message = buffers[0];
        int sent = Frames.fill(message, 0, messageBytes, ++seq);
        echo.payload = message;
        requests.put(echo);
        byte[] reply = (byte[]) replies.take();
        lastReply = reply;
        int back = Frames.checksum(reply, 0, reply.length);
        if (back != sent) {
            throw new IllegalStateException("thread-queue: the echo of message " + seq + " has checksum " + back);
        }
        return back;
    }

    @Override
    public byte[] lastReply() {
        return lastReply.clone();
    }

    @Override
    public long lastSeq() {
        return seq;
    }

    @Override
    public long sendBatch(int count) throws InterruptedException {
        long expected = 0;
        long credited = 0;
        for (int i = 0; i < count; i++) {
            while (i - credited >= window.messages()) {
                credited = ((Credit) replies.take()).read();
            }
            byte[] message = buffers[i % buffers.length];
            expected += Frames.fill(message, 0, messageBytes, ++seq);
            requests.put(message);
        }
        requests.put(ACK);
        Object answer;
        do {
            answer = replies.take();
        } while (answer instanceof Credit);
        return MessageChannel.checkAck(((Sum) answer).value(), expected, count, messageBytes, "thread-queue");
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

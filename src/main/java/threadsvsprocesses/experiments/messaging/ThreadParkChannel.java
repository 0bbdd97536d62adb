package threadsvsprocesses.experiments.messaging;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The floor under every blocking channel: two threads of this JVM handing a message back and forth with nothing but
 * {@link LockSupport#park()} and {@link LockSupport#unpark(Thread)}, through a volatile field each way. A round trip
 * is two cross-CPU wake-ups and nothing else: the sender writes the message, wakes the echo thread and sleeps; the
 * echo thread, woken on another core, hands the reference back and wakes the sender. Every blocking channel (queue,
 * pipe, socket) pays these two wake-ups per round trip; what it costs above this floor is the channel itself.
 *
 * <p>Round trips only: a stream of messages one way is no hand-off of one message, and the throughput test leaves
 * this channel out.
 */
final class ThreadParkChannel implements MessageChannel {

    private final byte[] message;
    private final Thread echo;
    /** The thread of the round trip under way; written before the request, so the echo sees it. */
    private Thread caller;
    private volatile byte[] request;
    private volatile byte[] reply;
    private volatile boolean closed;
    private byte[] lastReply = new byte[0];
    private long seq;

    ThreadParkChannel(int messageBytes) {
        this.message = new byte[messageBytes];
        this.echo = Thread.ofPlatform().name("park-echo").daemon(true).start(this::serve);
    }

    private void serve() {
        while (true) {
            byte[] m;
            while ((m = request) == null) {
                if (closed) {
                    return;
                }
                LockSupport.park(this);
            }
            request = null;
            reply = m;
            LockSupport.unpark(caller);
        }
    }

    @Override
    public int roundTrip() {
        caller = Thread.currentThread();
        int sent = Frames.fill(message, 0, message.length, ++seq);
        request = message;
        LockSupport.unpark(echo);
        byte[] r;
        while ((r = reply) == null) {
            LockSupport.park(this);
        }
        reply = null;
        lastReply = r;
        int back = Frames.checksum(r, 0, r.length);
        if (back != sent) {
            throw new IllegalStateException("thread-park: the echo of message " + seq + " has checksum " + back);
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
    public long sendBatch(int count) {
        throw new UnsupportedOperationException("thread-park measures the wake-up floor of a round trip; "
                + "it carries no stream of messages");
    }

    /** Stops the echo thread and joins it. */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(echo);
        boolean interrupted = false;
        while (echo.isAlive()) {
            try {
                if (!echo.join(Duration.ofSeconds(2))) {
                    LockSupport.unpark(echo);
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

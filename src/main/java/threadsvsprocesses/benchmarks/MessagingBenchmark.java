package threadsvsprocesses.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import threadsvsprocesses.execution.ParentWatch;
import threadsvsprocesses.experiments.messaging.ChannelKind;
import threadsvsprocesses.experiments.messaging.Frames;
import threadsvsprocesses.experiments.messaging.MessageChannel;

import java.util.concurrent.TimeUnit;

/**
 * Claim C6, "communicating between processes costs more than sharing memory between threads": messages of
 * {@code messageBytes} between two threads over a blocking queue ({@code thread-queue}), and between this JVM and a
 * child JVM over the child's stdin/stdout pipe ({@code process-pipe}) or a Unix-domain socket
 * ({@code process-socket}). Messages are framed (kind, length, payload); the other end returns or reads every byte.
 *
 * <p>{@link #roundTrip()} measures: microseconds to send one message and get the same bytes back; the caller
 * checksums the reply. Expect: a queue hop costs microseconds (a thread wakes another; only a reference
 * passes, so size matters only through the checksum); a pipe or socket round trip tens of microseconds (two
 * system calls and two copies through the kernel each way, and a process wake-up), growing with the size.
 *
 * <p>{@link #messageThroughput()} measures: messages per second one way. One call sends
 * {@value MessageChannel#BATCH} messages, each in its own write, then waits for the receiver's acknowledgement,
 * which carries the checksum of every byte it read and is checked: the batch has really arrived when the call
 * ends. Expect: the queue far ahead at small sizes; at 64 KiB the copies through the kernel bound the processes to
 * about a GB/s.
 *
 * <p>The receiver thread or echo child JVM starts once per trial in {@code @Setup(Level.Trial)}: starting a JVM
 * costs tens of milliseconds and is measured by the startup experiment; here only the messages count. Warm-up
 * iterations warm up both ends. {@code @TearDown} stops it; the child also exits if this JVM dies (its stdin
 * closes).
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class MessagingBenchmark {

    /** thread-queue, process-pipe or process-socket. */
    @Param({"thread-queue", "process-pipe", "process-socket"})
    public String channel;

    /** Bytes of payload per message (a frame adds an 8-byte header on the process channels). */
    @Param({"8", "512", "8192", "65536"})
    public int messageBytes;

    private byte[] message;
    private MessageChannel link;

    @Setup(Level.Trial)
    public void open() throws Exception {
        // A fork whose host JVM was killed stops at once, and takes its child JVM with it.
        ParentWatch.installIfParentIsOurs();
        ChannelKind kind = ChannelKind.byLabel(channel);
        message = Frames.message(messageBytes);
        link = kind.open();
    }

    @TearDown(Level.Trial)
    public void close() {
        if (link != null) {
            link.close();
        }
    }

    /** One message there and back; the reply's checksum goes to JMH, so the reply must really be read. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int roundTrip() throws Exception {
        return link.roundTrip(message);
    }

    /**
     * One batch of messages one way, acknowledged; counted as {@value MessageChannel#BATCH} operations, so the
     * score is messages per second. The acknowledged checksum goes to JMH.
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(MessageChannel.BATCH)
    public long messageThroughput() throws Exception {
        return link.sendBatch(message, MessageChannel.BATCH);
    }
}

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
import threadsvsprocesses.experiments.messaging.MessageChannel;

import java.util.concurrent.TimeUnit;

/**
 * Claim C6, "communicating between processes costs more than sharing memory between threads": messages of
 * {@code messageBytes} between two threads, and between this JVM and a child JVM, over channels that block and
 * channels that spin ({@link ChannelKind}). Every message is written fresh by the sender, and the other end returns
 * or reads every byte.
 *
 * <p>{@link #roundTrip()} measures: microseconds to send one message and get the same bytes back; the caller
 * checksums the reply. Blocking channels ({@code thread-queue}, {@code process-pipe}, {@code process-socket}) put each
 * waiting side to sleep, so a round trip costs two cross-CPU wake-ups, tens of microseconds on a VM, whatever the
 * channel; {@code thread-park} (a park/unpark ping-pong and nothing else) measures that floor, and what a blocking
 * channel costs above it is the channel. Polling channels spin instead: {@code thread-ring} (a ring in shared
 * memory between two threads), {@code process-ring} (the same ring in a file both processes map) and
 * {@code process-pipe-poll} (the pipe, read in a non-blocking loop). Expect: the rings within a few microseconds or
 * less, and close to each other (the same memory, whoever maps it); the polled pipe a few microseconds more (four
 * system calls and four copies through the kernel per round trip); all growing with the size.
 *
 * <p>{@link #messageThroughput()} measures: messages per second one way, under equal conditions: every channel
 * allows the same number of messages in flight ({@link Window}: as many frames as fit a 64 KiB pipe buffer, at most
 * 64), with a credit back every half window; one call sends {@value MessageChannel#BATCH} messages, then waits for
 * the receiver's acknowledgement, which carries the checksum of every byte it read and is checked. Expect: the
 * queue and the ring ahead where only a reference or a memory copy passes, the pipe and the socket paying a system
 * call per message and per credit.
 *
 * <p>Polling channels need a core for each side: where fewer are free, a spinning side holds the core its peer
 * needs, and the figure measures the scheduler again; the suite skips them on a machine of one core.
 *
 * <p>The receiver thread or echo child JVM starts once per trial in {@code @Setup(Level.Trial)}: starting a JVM
 * costs tens of milliseconds and is measured by the startup experiment; here only the messages count. Warm-up
 * iterations warm up both ends. {@code @TearDown} stops it; the child also exits if this JVM dies.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class MessagingBenchmark {

    /** What carries the messages: a channel of {@link ChannelKind}. */
    @Param({"thread-park", "thread-queue", "process-pipe", "process-socket", "thread-ring", "process-ring",
            "process-pipe-poll"})
    public String channel;

    /** Bytes of payload per message (a frame adds an 8-byte header where the channel copies bytes). */
    @Param({"8", "1024", "16384"})
    public int messageBytes;

    private MessageChannel link;

    @Setup(Level.Trial)
    public void open() throws Exception {
        // A fork whose host JVM was killed stops at once, and takes its child JVM with it.
        ParentWatch.installIfParentIsOurs();
        link = ChannelKind.byLabel(channel).open(messageBytes);
    }

    @TearDown(Level.Trial)
    public void close() {
        if (link != null) {
            link.close();
        }
    }

    /** One fresh message there and back; the reply's checksum goes to JMH, so the reply must really be read. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int roundTrip() throws Exception {
        return link.roundTrip();
    }

    /**
     * One batch of fresh messages one way, acknowledged; counted as {@value MessageChannel#BATCH} operations, so the
     * score is messages per second. The acknowledged checksum goes to JMH.
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(MessageChannel.BATCH)
    public long messageThroughput() throws Exception {
        return link.sendBatch(MessageChannel.BATCH);
    }
}

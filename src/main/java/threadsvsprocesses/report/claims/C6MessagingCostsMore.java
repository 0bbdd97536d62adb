package threadsvsprocesses.report.claims;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.experiments.messaging.ChannelKind;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static threadsvsprocesses.experiments.messaging.ChannelKind.PROCESS_PIPE;
import static threadsvsprocesses.experiments.messaging.ChannelKind.PROCESS_PIPE_POLL;
import static threadsvsprocesses.experiments.messaging.ChannelKind.PROCESS_RING;
import static threadsvsprocesses.experiments.messaging.ChannelKind.PROCESS_SOCKET;
import static threadsvsprocesses.experiments.messaging.ChannelKind.THREAD_PARK;
import static threadsvsprocesses.experiments.messaging.ChannelKind.THREAD_QUEUE;
import static threadsvsprocesses.experiments.messaging.ChannelKind.THREAD_RING;

/**
 * C6: communicating between processes costs more than between threads, judged in three parts, each with a verdict
 * of its own in the evidence: blocking latency (round trips over channels that sleep, each of which pays two
 * wake-ups), polling latency (round trips over channels that spin, where what is left is the channel) and
 * throughput (a stream one way, the same window for every channel). The claim's verdict combines the parts measured:
 * it holds if every part does, and does not hold if one part does not.
 */
final class C6MessagingCostsMore extends ClaimRule {

    /** "Costs more": at least 20% more, the smallest difference this suite calls one. */
    static final double MORE = 1.2;

    /** A process channel and the thread channel it is held against. */
    private record Pair(ChannelKind process, ChannelKind thread) {
    }

    /** A part of the claim: its name, the experiment, the pairs it checks. */
    private record Part(String name, Experiment workload, List<Pair> pairs) {

        /** Whether its channels sleep while they wait: their round trips pay the wake-ups the floor measures. */
        boolean blocking() {
            return name.equals(BLOCKING);
        }
    }

    private static final String BLOCKING = "blocking latency";

    private static final List<Part> PARTS = List.of(
            new Part(BLOCKING, Experiment.ROUND_TRIP,
                    List.of(new Pair(PROCESS_PIPE, THREAD_QUEUE), new Pair(PROCESS_SOCKET, THREAD_QUEUE))),
            new Part("polling latency", Experiment.ROUND_TRIP, List.of(new Pair(PROCESS_PIPE_POLL, THREAD_RING))),
            new Part("throughput", Experiment.MESSAGE_THROUGHPUT, List.of(new Pair(PROCESS_PIPE, THREAD_QUEUE),
                    new Pair(PROCESS_SOCKET, THREAD_QUEUE), new Pair(PROCESS_PIPE_POLL, THREAD_RING))));

    C6MessagingCostsMore() {
        super("C6", "Communicating between processes costs more than sharing memory between threads",
                "Three parts, each judged alone and named with its verdict in the evidence. Blocking latency: the "
                        + "round trip of process-pipe and of process-socket over that of thread-queue; polling "
                        + "latency: the round trip of process-pipe-poll over that of thread-ring; throughput: the "
                        + "time per message (the inverse of messages per second) of process-pipe and process-socket "
                        + "over thread-queue, and of process-pipe-poll over thread-ring. Each ratio, at each message "
                        + "size measured for both, must be at least 1.2. A part holds if every one of its ratios "
                        + "is, error bars included, and does not hold if one is below 1.2; the claim holds if every "
                        + "part measured holds, and does not hold if one part does not. A blocking ratio cannot tell "
                        + "where the wake-up floor (thread-park: two threads that only park and unpark each other) "
                        + "takes longer than either of its round trips: they then measure how the machine wakes a "
                        + "sleeping thread, not the channel. Shown beside them, deciding nothing: the floor, which "
                        + "every blocking round trip pays twice over, and process-ring over thread-ring, processes "
                        + "that share memory as threads do.");
    }

    @Override
    void examine(RunData run, Evidence e) {
        List<String> verdicts = new ArrayList<>();
        for (Part part : PARTS) {
            Evidence own = new Evidence();
            for (Pair pair : part.pairs()) {
                for (ResultRow thread : run.measured(part.workload(), pair.thread())) {
                    sameSize(run, part.workload(), pair.process(), thread).ifPresent(p -> {
                        Check c = Check.atLeast(part.name() + ", " + part.workload().label() + " at " + size(thread)
                                        + ": " + pair.process().label() + " / " + pair.thread().label()
                                        + " time per message", RunData.time(p).over(RunData.time(thread)), MORE,
                                Figures::ratio);
                        if (part.blocking()) {
                            c = floorAbove(run, thread, p).map(c::unsureBecause).orElse(c);
                        }
                        own.check(c);
                        e.check(c);
                    });
                }
            }
            verdicts.add(part.name() + " " + (own.checks().isEmpty() ? "not measured" : own.verdict().text()));
        }
        if (e.checks().isEmpty()) {
            e.missing("no message size measured under both a thread channel and a process channel");
            return;
        }
        e.note("C6 by part: " + String.join("; ", verdicts));
        noteFloor(run, e);
        noteSharedMemory(run, e);
    }

    /**
     * Why a blocking round trip of {@code thread} against {@code process} cannot decide, if it cannot: the wake-up
     * floor (thread-park, two threads that only park and unpark each other) at that size takes longer than one of
     * the two. A floor is the least a blocking round trip can cost; where it is above a channel, the round trips
     * measure how this machine wakes a sleeping thread (on a VM: whether the woken side's vCPU was halted, or whether
     * the kernel woke it on the waker's CPU), not what the channel costs, and a ratio of two of them says which wake-up
     * each happened to get. Seen on the reference VM of 2026-12-07: park/unpark 38-67 µs a round trip, a thread queue
     * 8-41 µs (its iterations switching between about 4 µs and 50-78 µs), a Unix socket between processes 5-8 µs.
     */
    private static Optional<String> floorAbove(RunData run, ResultRow thread, ResultRow process) {
        return run.measured(Experiment.ROUND_TRIP, THREAD_PARK).stream()
                .filter(f -> f.param("messageBytes").equals(thread.param("messageBytes"))).findFirst()
                .flatMap(floor -> {
                    for (ResultRow r : List.of(thread, process)) {
                        if (floor.scoreMs() > r.scoreMs()) {
                            return Optional.of("the wake-up floor (thread-park, " + Figures.duration(floor.scoreMs())
                                    + ") is above " + r.model() + " (" + Figures.duration(r.scoreMs()) + "), so these"
                                    + " round trips measure how this machine wakes a sleeping thread, not the channel");
                        }
                    }
                    return Optional.empty();
                });
    }

    /** What each blocking channel costs above the wake-up floor, at each size measured for both. */
    private static void noteFloor(RunData run, Evidence e) {
        for (ResultRow floor : run.measured(Experiment.ROUND_TRIP, THREAD_PARK)) {
            List<String> above = new ArrayList<>();
            for (ChannelKind c : List.of(THREAD_QUEUE, PROCESS_PIPE, PROCESS_SOCKET)) {
                sameSize(run, Experiment.ROUND_TRIP, c, floor).ifPresent(r -> above.add(c.label() + " "
                        + Figures.duration(r.scoreMs() - floor.scoreMs())));
            }
            if (!above.isEmpty()) {
                e.note("wake-up floor (thread-park) at " + size(floor) + ": "
                        + Figures.duration(floor.scoreMs()) + " per round trip; above it: " + String.join(", ", above));
            }
        }
    }

    /** Processes that share memory (process-ring) against threads that do (thread-ring). */
    private static void noteSharedMemory(RunData run, Evidence e) {
        for (Experiment workload : List.of(Experiment.ROUND_TRIP, Experiment.MESSAGE_THROUGHPUT)) {
            for (ResultRow thread : run.measured(workload, THREAD_RING)) {
                sameSize(run, workload, PROCESS_RING, thread).ifPresent(p -> e.note(workload.label() + " at "
                        + size(thread) + ", processes sharing memory: process-ring / thread-ring "
                        + Figures.ratio(p.scoreMs() / thread.scoreMs())));
            }
        }
    }

    private static Optional<ResultRow> sameSize(RunData run, Experiment workload, ChannelKind channel, ResultRow like) {
        String size = like.param("messageBytes");
        return run.measured(workload, channel).stream().filter(p -> p.param("messageBytes").equals(size)).findFirst();
    }

    private static String size(ResultRow r) {
        return Figures.bytes(RunData.number(r, "messageBytes"));
    }
}

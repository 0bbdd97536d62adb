package threadsvsprocesses.report.claims;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.experiments.messaging.ChannelKind;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;

import java.util.List;

/** C6: communicating between processes costs more than between threads. */
final class C6MessagingCostsMore extends ClaimRule {

    /** "Costs more": at least 20% more, the smallest difference this suite calls one. */
    static final double MORE = 1.2;

    C6MessagingCostsMore() {
        super("C6", "Communicating between processes costs more than sharing memory between threads",
                "At each message size measured for both, the time of a process channel (process-pipe, "
                        + "process-socket) divided by that of the thread-queue must be at least 1.2: for round-trip "
                        + "the time of one round trip, for message-throughput the time per message (the inverse of "
                        + "messages per second). Holds if every such ratio is, error bars included; does not hold "
                        + "if one is below 1.2, error bars included.");
    }

    @Override
    void examine(RunData run, Evidence e) {
        for (Experiment workload : List.of(Experiment.ROUND_TRIP, Experiment.MESSAGE_THROUGHPUT)) {
            for (ResultRow thread : run.measured(workload, ChannelKind.THREAD_QUEUE)) {
                String size = thread.param("messageBytes");
                for (ChannelKind channel : List.of(ChannelKind.PROCESS_PIPE, ChannelKind.PROCESS_SOCKET)) {
                    run.measured(workload, channel).stream()
                            .filter(p -> p.param("messageBytes").equals(size))
                            .findFirst()
                            .ifPresent(p -> e.check(Check.atLeast(workload.label() + " at "
                                    + Figures.bytes(RunData.number(thread, "messageBytes")) + ": " + channel.label()
                                    + " / thread-queue time per message", RunData.time(p).over(RunData.time(thread)),
                                    MORE, Figures::ratio)));
                }
            }
        }
        if (e.checks().isEmpty()) {
            e.missing("no message size measured under both thread-queue and a process channel");
        }
    }
}

package threadsvsprocesses.experiments;

import threadsvsprocesses.labels.Labelled;
import threadsvsprocesses.experiments.messaging.ChannelKind;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The experiments beside the three workloads: each puts one of the tutorials' claims to the test
 * ({@code ../shared/reference/claims.md}). A benchmark method's name, in kebab case, is the experiment's label
 * (the CSV's {@code workload} column); its subject parameter names what is compared (the CSV's {@code model} column).
 */
public enum Experiment implements Labelled {

    /** Start and join one thread, virtual thread, child JVM or native process (C4). */
    STARTUP("starter", "Start-up"),
    /** Start many threads, then join them all: the cost per thread without the wake-ups of one start (C4). */
    STARTUP_THROUGHPUT("starter", "Start-up throughput"),
    /** Start a process under each launch mechanism the JDK offers (C11). */
    LAUNCH("mechanism", "Launch mechanisms"),
    /** Resident memory per parked thread, virtual thread or idle child JVM (C5). */
    MEMORY("holder", "Memory"),
    /** Round trip of one message between two threads or two processes (C6). */
    ROUND_TRIP("channel", "Round trip"),
    /** Messages per second one way between two threads or two processes (C6). */
    MESSAGE_THROUGHPUT("channel", "Message throughput"),
    /** Workers adding to one counter, with and without synchronisation, in threads and processes (C7, C8). */
    COUNTER("counter", "Shared counter"),
    /** Stopping a worker that never checks for interruption (C9). */
    RUNAWAY("worker", "Runaway worker"),
    /** Many small tasks mapped over a pool (C10). */
    POOL_MAP("pool", "Pool map"),
    /** A fixed total of countdown work cut into tasks of a size swept over 1 µs to 100 ms (C1, C10 restated). */
    GRANULARITY("model", "Task size");

    private final String subject;
    private final String title;

    Experiment(String subject, String title) {
        this.subject = subject;
        this.title = title;
    }

    /** The name a person reads, e.g. {@code Shared counter}. */
    public String title() {
        return title;
    }

    /** The parameter naming what is compared, e.g. {@code channel}. */
    public String subject() {
        return subject;
    }

    /**
     * Why a cell of this experiment with {@code params} is not run on a machine of {@code cores} processors, if it
     * is not: a messaging channel that spins needs a core for each side, and the wake-up floor has no throughput.
     */
    public Optional<String> skipReason(Map<String, String> params, int cores) {
        return switch (this) {
            case ROUND_TRIP, MESSAGE_THROUGHPUT -> ChannelKind.byLabel(params.getOrDefault(subject, ""))
                    .skipReason(this == MESSAGE_THROUGHPUT, cores);
            default -> Optional.empty();
        };
    }

    /**
     * Whether each measured operation starts from fresh JVMs (the memory probe's), so that a warm-up operation
     * would warm nothing its figures depend on: such an experiment runs no warm-up iterations.
     */
    public boolean freshEveryOperation() {
        return this == MEMORY;
    }

    /**
     * Whether its operations are single shots (JMH's single-shot mode: one operation an iteration), each long and
     * each measured from scratch: the memory probe's fresh JVMs, the sweep's whole cut of work.
     */
    public boolean singleShot() {
        return this == MEMORY || this == GRANULARITY;
    }

    /** The experiment whose benchmark method is {@code methodName} (e.g. {@code roundTrip}), if any. */
    public static Optional<Experiment> byMethod(String methodName) {
        String kebab = methodName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return byLabel(kebab);
    }

    /** The experiment labelled {@code label}, if any. */
    public static Optional<Experiment> byLabel(String label) {
        for (Experiment e : values()) {
            if (e.label().equals(label)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}

package threadsvsprocesses.report.claims;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.experiments.startup.StarterKind;
import threadsvsprocesses.experiments.startup.ThreadKind;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;

import java.util.List;
import java.util.Optional;

/** C4: starting a process is much slower than starting a thread. */
final class C4ProcessStartIsSlow extends ClaimRule {

    /** "Much slower": an order of magnitude. */
    static final double MUCH = 10;

    C4ProcessStartIsSlow() {
        super("C4", "Starting a process is much slower than starting a thread",
                "Start-up time of one child JVM, started as the suite starts its children (slim class path, "
                        + "class-data archive), divided by that of one platform thread (start and join) must be at "
                        + "least 10. Holds if the ratio is, error bar included; does not hold if it is below 10, "
                        + "error bar included. The other starters (virtual thread, the default child JVM command, "
                        + "java -version, /bin/true) and the time per thread when " + Figures.count(ThreadKind.BATCH)
                        + " are started and then joined "
                        + "are shown for comparison.");
    }

    @Override
    void examine(RunData run, Evidence e) {
        for (StarterKind starter : StarterKind.values()) {
            first(run, starter).ifPresent(r -> e.note(starter.label() + " start-up: " + Figures.duration(r.scoreMs())));
        }
        for (ThreadKind kind : ThreadKind.values()) {
            run.measured(Experiment.STARTUP_THROUGHPUT, kind).stream().findFirst().ifPresent(r -> e.note(kind.label()
                    + " started " + Figures.count(ThreadKind.BATCH) + " at a time, then joined: " + Figures.duration(r.scoreMs()) + " per thread"));
        }
        Optional<ResultRow> process = first(run, StarterKind.CHILD_JVM);
        Optional<ResultRow> thread = first(run, StarterKind.PLATFORM_THREAD);
        if (process.isEmpty() || thread.isEmpty()) {
            e.missing("start-up of " + (process.isEmpty() ? "a child JVM" : "a platform thread"));
            return;
        }
        e.check(Check.atLeast("child-jvm start-up / platform-thread start-up",
                RunData.time(process.get()).over(RunData.time(thread.get())), MUCH, Figures::ratio));
    }

    private static Optional<ResultRow> first(RunData run, StarterKind starter) {
        return run.measured(Experiment.STARTUP, starter).stream().findFirst();
    }
}

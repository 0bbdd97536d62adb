package threadsvsprocesses.report.claims;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.experiments.memory.HolderKind;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** C5: processes have a larger memory footprint; threads are lightweight. */
final class C5ProcessesAreHeavy extends ClaimRule {

    /** The secondary metric of the memory experiment. */
    static final String METRIC = "rssBytesPerHolder";
    /** "Larger footprint": an order of magnitude. */
    static final double MUCH = 10;

    C5ProcessesAreHeavy() {
        super("C5", "Processes have a larger memory footprint; threads are lightweight",
                "Resident memory per idle child JVM divided by resident memory per parked platform thread "
                        + "(rssBytesPerHolder, each at the largest number of holders measured, where the per-holder "
                        + "figure is least blurred by the rest of the JVM) must be at least 10. Holds if the ratio "
                        + "is, error bar included; does not hold if it is below 10, error bar included. Virtual "
                        + "threads are shown for comparison.");
    }

    @Override
    void examine(RunData run, Evidence e) {
        for (HolderKind holder : HolderKind.values()) {
            largest(run, holder).ifPresent(r -> run.metric(r, METRIC).ifPresent(m -> e.note(holder.label() + ": "
                    + Figures.bytes(m.value()) + " resident per holder at " + r.param("holders") + " holders")));
        }
        Optional<ResultRow> process = largest(run, HolderKind.CHILD_JVM);
        Optional<ResultRow> thread = largest(run, HolderKind.PLATFORM_THREAD);
        if (process.isEmpty() || thread.isEmpty()) {
            e.missing("resident memory per " + (process.isEmpty() ? "child JVM" : "platform thread"));
            return;
        }
        Estimate perProcess = run.metric(process.get(), METRIC).orElseThrow();
        Estimate perThread = run.metric(thread.get(), METRIC).orElseThrow();
        if (!(perThread.high() > 0)) {
            e.missing("a resident size per platform thread above zero (its growth was lost in the noise)");
            return;
        }
        if (!(perThread.low() > 0)) {
            // the ratio's error bar would reach infinity: take the upper end as the divisor and say so
            e.note("the platform thread's error bar reaches zero; the ratio uses its upper end");
            perThread = Estimate.exact(perThread.high());
        }
        e.check(Check.atLeast("memory per child JVM / memory per platform thread", perProcess.over(perThread),
                MUCH, Figures::ratio));
    }

    /** The measured row of {@code holder} with the most holders that has the metric. */
    private static Optional<ResultRow> largest(RunData run, HolderKind holder) {
        return run.measured(Experiment.MEMORY, holder).stream()
                .filter(r -> run.metric(r, METRIC).isPresent())
                .max(Comparator.comparingDouble(r -> RunData.number(r, "holders")));
    }
}

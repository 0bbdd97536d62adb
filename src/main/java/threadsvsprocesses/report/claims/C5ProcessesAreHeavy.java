package threadsvsprocesses.report.claims;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.experiments.memory.Footprint;
import threadsvsprocesses.experiments.memory.HolderKind;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;

import java.util.Comparator;
import java.util.Optional;

/** C5: processes have a larger memory footprint; threads are lightweight. */
final class C5ProcessesAreHeavy extends ClaimRule {

    /** "Larger footprint": an order of magnitude. */
    static final double MUCH = 10;

    C5ProcessesAreHeavy() {
        super("C5", "Processes have a larger memory footprint; threads are lightweight",
                "What one more idle holder costs: its unique memory (ussBytesPerHolder: the pages only its process "
                        + "maps, which the machine gets back when it goes) plus its kernel memory (kernelBytesPerHolder: "
                        + "kernel stacks and page tables), for a child JVM divided by that for a parked platform "
                        + "thread, each at the largest number of holders measured (where the per-holder figure is "
                        + "least blurred by the rest of the JVM), must be at least 10. The error of each figure is "
                        + "the 99.9% interval of its samples (one fresh measurement each), the sum's the sum of both. "
                        + "Holds if the ratio is at least 10, error bar included; does not hold if it is below 10, "
                        + "error bar included. Resident (RSS) and proportional (PSS) memory and virtual threads are "
                        + "shown for comparison.");
    }

    @Override
    void examine(RunData run, Evidence e) {
        for (HolderKind holder : HolderKind.values()) {
            largest(run, holder).ifPresent(r -> e.note(holder.label() + " at " + Figures.count(r.number("holders"))
                    + " holders, per holder: " + figure(run, r, Footprint.RSS, "RSS") + ", "
                    + figure(run, r, Footprint.PSS, "PSS") + ", " + figure(run, r, Footprint.USS, "USS") + ", "
                    + figure(run, r, Footprint.KERNEL, "in the kernel")));
        }
        Optional<ResultRow> process = largest(run, HolderKind.CHILD_JVM);
        Optional<ResultRow> thread = largest(run, HolderKind.PLATFORM_THREAD);
        if (process.isEmpty() || thread.isEmpty()) {
            e.missing("unique and kernel memory per " + (process.isEmpty() ? "child JVM" : "platform thread"));
            return;
        }
        Estimate perProcess = cost(run, process.get());
        Estimate perThread = cost(run, thread.get());
        if (!(perThread.high() > 0)) {
            e.missing("a cost per platform thread above zero (its growth was lost in the noise)");
            return;
        }
        if (!(perThread.low() > 0)) {
            // the ratio's error bar would reach infinity: take the upper end as the divisor and say so
            e.note("the platform thread's error bar reaches zero; the ratio uses its upper end");
            perThread = Estimate.exact(perThread.high());
        }
        e.check(Check.atLeast("unique + kernel memory per child JVM / per platform thread", perProcess.over(perThread),
                MUCH, Figures::ratio));
    }

    /** USS plus kernel memory of a row's holder, their intervals' ends added. */
    private static Estimate cost(RunData run, ResultRow r) {
        Estimate uss = run.metric(r, Footprint.USS).orElseThrow();
        return uss.plus(run.metric(r, Footprint.KERNEL).orElse(Estimate.exact(0)));
    }

    private static String figure(RunData run, ResultRow r, String metric, String name) {
        return run.metric(r, metric).map(m -> Figures.bytesWithError(m.value(), m.halfWidth()) + " " + name)
                .orElse("no " + name);
    }

    /** The measured row of {@code holder} with the most holders that has a unique-memory figure. */
    private static Optional<ResultRow> largest(RunData run, HolderKind holder) {
        return run.measured(Experiment.MEMORY, holder).stream()
                .filter(r -> run.metric(r, Footprint.USS).isPresent())
                .max(Comparator.comparingDouble(r -> RunData.number(r, "holders")));
    }
}

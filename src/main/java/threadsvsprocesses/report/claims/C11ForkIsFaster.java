package threadsvsprocesses.report.claims;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.experiments.launch.Mechanism;
import threadsvsprocesses.experiments.startup.StarterKind;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;

import java.util.List;

/** C11: spawn is safe but slower, fork is faster. */
final class C11ForkIsFaster extends ClaimRule {

    /** "Slower": at least 20% slower, the smallest difference this suite calls one. */
    static final double SLOWER = 1.2;

    C11ForkIsFaster() {
        super("C11", "spawn is safe but slower, fork is faster",
                "Launch: for each kind of process measured under both (child-jvm, native-process), the start-up "
                        + "time under POSIX_SPAWN divided by that under FORK must be at least 1.2. Holds if every "
                        + "such ratio is, error bars included; does not hold if one is below 1.2 (spawn no slower "
                        + "than fork), error bars included. On Linux the JDK's POSIX_SPAWN starts a small helper with "
                        + "vfork-like semantics while FORK copies the parent JVM's page tables, so on the JVM spawn "
                        + "is expected to be as fast or faster: the claim comes from Python, whose 'spawn' start "
                        + "method also starts a fresh interpreter. VFORK is shown where the JDK accepts it.");
    }

    @Override
    void examine(RunData run, Evidence e) {
        for (StarterKind process : List.of(StarterKind.NATIVE_PROCESS, StarterKind.CHILD_JVM)) {
            ResultRow spawn = launch(run, Mechanism.POSIX_SPAWN, process);
            ResultRow fork = launch(run, Mechanism.FORK, process);
            ResultRow vfork = launch(run, Mechanism.VFORK, process);
            for (ResultRow r : new ResultRow[] {spawn, fork, vfork}) {
                if (r != null) {
                    e.note(process.label() + " under " + r.model() + ": " + Figures.duration(r.scoreMs()));
                }
            }
            if (spawn != null && fork != null) {
                e.check(Check.atLeast(process.label() + ": POSIX_SPAWN / FORK start-up time",
                        RunData.time(spawn).over(RunData.time(fork)), SLOWER, Figures::ratio));
            }
        }
        if (e.checks().isEmpty()) {
            e.missing("no process launched under both POSIX_SPAWN and FORK");
        }
    }

    private static ResultRow launch(RunData run, Mechanism mechanism, StarterKind process) {
        return run.measured(Experiment.LAUNCH, mechanism).stream().filter(r -> r.param("process").equals(process.label()))
                .findFirst().orElse(null);
    }
}

package threadsvsprocesses.report.claims;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.experiments.pool.PoolKind;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;

import java.util.List;
import java.util.OptionalDouble;

/** C10: a pool divides a big list of work across the processors. */
final class C10PoolsDivideWork extends ClaimRule {

    static final List<PoolKind> POOLS = List.of(PoolKind.THREAD_POOL, PoolKind.VIRTUAL_THREAD, PoolKind.PROCESS_POOL);

    C10PoolsDivideWork() {
        super("C10", "A pool divides a big list of work across the processors",
                "Pool-map with the largest non-empty task size measured (taskUnits > 0): the speedup over "
                        + "single-thread of each pool (thread-pool, virtual-thread, process-pool) at all cores "
                        + "(workers = cores, at least 2) must reach 0.6 \u00d7 cores, as in C1. Holds if every pool's "
                        + "does, error bars included; does not hold if one pool's stays below, error bars included. "
                        + "The dispatch cost of an empty task (taskUnits = 0) is shown per pool.");
    }

    @Override
    void examine(RunData run, Evidence e) {
        if (run.cores() < 2) {
            e.missing("the machine has " + run.cores() + " core, so there is no parallel speedup to measure");
            return;
        }
        OptionalDouble units = POOLS.stream().flatMap(p -> run.atAllCores(Experiment.POOL_MAP, p).stream())
                .mapToDouble(r -> RunData.number(r, "taskUnits")).filter(u -> u > 0).max();
        double need = C1ProcessesUseAllCores.SHARE * run.cores();
        for (PoolKind pool : POOLS) {
            for (ResultRow r : run.atAllCores(Experiment.POOL_MAP, pool)) {
                double taskUnits = RunData.number(r, "taskUnits");
                double tasks = RunData.number(r, "tasks");
                if (taskUnits == 0 && tasks > 0) {
                    e.note(pool.label() + " at " + Figures.workers(r.workers()) + ": dispatch of an empty task "
                            + Figures.duration(r.scoreMs() / tasks));
                } else if (units.isPresent() && taskUnits == units.getAsDouble()) {
                    run.speedup(r).ifPresent(s -> e.check(Check.atLeast(pool.label() + " at " + Figures.workers(r.workers()) + ", "
                            + Figures.count(tasks) + " tasks of " + Figures.count(taskUnits) + " units: speedup", s,
                            need, Figures::ratio)));
                }
            }
        }
        if (e.checks().isEmpty()) {
            e.missing("no pool-map cell with non-empty tasks at " + run.cores()
                    + " workers with a single-thread baseline");
        }
    }
}

package threadsvsprocesses.report.claims;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.experiments.granularity.SweepModel;
import threadsvsprocesses.experiments.pool.PoolKind;
import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.rows.ResultRow;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/** C10: a pool divides a big list of work across the processors. */
final class C10PoolsDivideWork extends ClaimRule {

    /** The pools that map as the tutorials' {@code Pool.map} does: chunks of tasks. They decide. */
    static final List<PoolKind> POOLS = List.of(PoolKind.THREAD_POOL_CHUNKED, PoolKind.PROCESS_POOL_CHUNKED);
    /** Shown beside them: one message per task, and a virtual thread per task. */
    static final List<PoolKind> SHOWN = List.of(PoolKind.THREAD_POOL_PER_TASK, PoolKind.PROCESS_POOL_PER_TASK,
            PoolKind.VIRTUAL_THREAD);

    C10PoolsDivideWork() {
        super("C10", "A pool divides a big list of work across the processors",
                "Pool-map with the largest non-empty task size measured (taskUnits > 0): the speedup over "
                        + "single-thread of each pool that maps as the tutorials' Pool.map does, in chunks of "
                        + "ceil(tasks / (4 \u00d7 workers)) tasks (thread-pool-chunked, process-pool-chunked), at all "
                        + "cores (workers = cores, at least 2) must reach 0.75 \u00d7 cores, as in C1. Holds if every "
                        + "such pool's does, interval included; does not hold if one's stays below, interval "
                        + "included. The same pools fed one task per message and a virtual thread per task are shown "
                        + "with their speedups, and every pool's dispatch cost of an empty task (taskUnits = 0) per "
                        + "task and per message. With the task-size sweep in the run, the sweep decides instead: "
                        + "thread-pool-chunked and process-pool-chunked must reach 0.75 × cores at the largest "
                        + "tasks measured, and the evidence gives the work per task from which each does "
                        + "(interpolated, with its interval); the pool-map cells are shown as figures.");
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
        // With a task-size sweep, the sweep decides (from which size on?); the fixed-size cells stay as figures.
        boolean sweep = SweepClaims.judge(run, e, List.of(SweepModel.THREAD_POOL_CHUNKED.label(),
                SweepModel.PROCESS_POOL_CHUNKED.label()), List.of(SweepModel.VIRTUAL_THREAD.label(),
                SweepModel.PROCESS_POOL_PER_TASK.label()), C1ProcessesUseAllCores.SHARE);
        for (PoolKind pool : concat(POOLS, SHOWN)) {
            boolean decides = POOLS.contains(pool) && !sweep;
            for (ResultRow r : run.atAllCores(Experiment.POOL_MAP, pool)) {
                double taskUnits = RunData.number(r, "taskUnits");
                int tasks = (int) RunData.number(r, "tasks");
                String at = pool.label() + " at " + Figures.workers(r.workers());
                if (taskUnits == 0 && tasks > 0) {
                    int messages = pool.messages(tasks, r.workers());
                    e.note(at + ": dispatch of an empty task " + Figures.duration(r.scoreMs() / tasks) + ", "
                            + Figures.duration(r.scoreMs() / messages) + " per message (" + Figures.count(messages)
                            + " messages)");
                } else if (units.isPresent() && taskUnits == units.getAsDouble()) {
                    String what = at + ", " + Figures.count(tasks) + " tasks of " + Figures.count(taskUnits)
                            + " units: speedup";
                    run.speedup(r).ifPresent(s -> {
                        if (decides) {
                            e.check(Check.atLeast(what, s, need, Figures::ratio));
                        } else {
                            e.note(what + " " + Figures.ratio(s.value()));
                        }
                    });
                }
            }
        }
        if (e.checks().isEmpty()) {
            e.missing("no pool-map cell of a chunked pool with non-empty tasks at " + run.cores()
                    + " workers with a single-thread baseline");
        }
    }

    private static List<PoolKind> concat(List<PoolKind> a, List<PoolKind> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}

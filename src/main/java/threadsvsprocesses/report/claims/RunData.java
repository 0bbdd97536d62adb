package threadsvsprocesses.report.claims;

import threadsvsprocesses.labels.Labelled;
import threadsvsprocesses.report.rows.Interval;
import threadsvsprocesses.report.rows.RunRows;
import threadsvsprocesses.report.rows.ResultRow;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of one run as the rules query them: measured primary rows of a workload, a secondary metric of a cell,
 * time and speedup with their errors.
 *
 * @param rows  every row of the run (as {@code results.csv} holds them)
 * @param cores processors of the machine; "all cores" in a rule means {@code workers == cores}
 * @param read  the measured rows the queries below returned: the cells a rule's evidence rests on (a rule may read
 *              a few more than it uses, so a noisy one among them is never missed)
 */
public record RunData(RunRows rows, int cores, Set<ResultRow> read) {

    public RunData(RunRows rows, int cores) {
        this(rows, cores, new LinkedHashSet<>());
    }

    /** The same run, with nothing read yet: for one rule. */
    RunData fresh() {
        return new RunData(rows, cores);
    }

    /** The noisy cells among those read, each as "cell: its noise". */
    List<String> noisyRead() {
        return read.stream().filter(ResultRow::noisy).map(r -> r.describeCell() + " (" + r.noise().describe() + ")")
                .distinct().toList();
    }

    /** Measured primary rows of {@code workload} whose model (or subject) is {@code model}. */
    List<ResultRow> measured(String workload, String model) {
        List<ResultRow> found = rows.measured(workload, model);
        read.addAll(found);
        return found;
    }

    /** Measured primary rows of {@code workload} (a workload or experiment) whose model or subject is {@code model}. */
    List<ResultRow> measured(Labelled workload, Labelled model) {
        return measured(workload.label(), model.label());
    }

    /** Measured primary rows of {@code workload} with {@code model} at all cores ({@code workers == cores}). */
    List<ResultRow> atAllCores(Labelled workload, Labelled model) {
        return measured(workload, model).stream().filter(r -> r.workers() == cores).toList();
    }

    /** The CPython interpreters whose models the run measured, in the order first met. */
    List<String> cpythonRuntimes() {
        return rows.all().stream().filter(r -> r.measured() && r.cpython()).map(ResultRow::runtime).distinct()
                .toList();
    }

    /** Measured primary rows of {@code workload} under CPython {@code model} on {@code runtime}, at all cores. */
    List<ResultRow> atAllCores(Labelled workload, Labelled model, String runtime) {
        return atAllCores(workload, model).stream().filter(r -> r.runtime().equals(runtime)).toList();
    }

    /**
     * The time per operation of a measured row, in milliseconds, with the suite's interval (over the forks' means;
     * JMH's error for a results.csv of an older version).
     */
    static Estimate time(ResultRow r) {
        Interval i = r.interval();
        if (!i.known()) {
            return Estimate.unknown(r.scoreMs());
        }
        return new Estimate(r.scoreMs(), r.lowMs(), r.highMs(), i.basis() == Interval.Basis.ITERATIONS);
    }

    /** The value of secondary metric {@code name} of {@code row}'s cell with its interval, if it was measured. */
    Optional<Estimate> metric(ResultRow row, String name) {
        read.add(row);
        return rows.secondary(row, name).map(m -> Estimate.of(m.score(), m.interval()));
    }

    /**
     * Speedup of {@code row} over the single-thread row (cpython-single for a CPython model) of the same workload and
     * size, on the same runtime (every parameter but the
     * model and the workers equal), its interval from the ends of both times' intervals ({@link Estimate#over});
     * empty without such a baseline.
     */
    Optional<Estimate> speedup(ResultRow row) {
        Optional<ResultRow> baseline = rows.measured(row.workload(), row.baselineModel()).stream()
                .filter(b -> b.sizeKey().equals(row.sizeKey()))
                .findFirst();
        read.add(row);
        baseline.ifPresent(read::add);
        return baseline
                .filter(b -> row.scoreMs() > 0)
                .map(b -> time(b).over(time(row)));
    }

    /** A parameter of the row's cell as a number, NaN if absent or not a number. */
    static double number(ResultRow r, String param) {
        return r.number(param);
    }
}

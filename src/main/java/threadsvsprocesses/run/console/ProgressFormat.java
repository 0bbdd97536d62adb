package threadsvsprocesses.run.console;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.format.OutputFormat;

import java.io.IOException;
import java.util.Collection;
import java.util.function.Consumer;

/**
 * JMH's output format for a cell, passed through unchanged to the one that writes JMH's text (to {@code jmh.log}),
 * which also tells the console where the cell is: "fork 1/2, warm-up 3/5", "fork 2/2, iteration 7/10".
 * JMH calls {@link #iteration} in this JVM as each iteration of a forked VM starts, so no text is parsed; forks
 * (warm-up forks included) are counted by their first iteration.
 */
public final class ProgressFormat implements OutputFormat {

    private final OutputFormat target;
    private final Consumer<String> where;
    private int fork;

    /**
     * @param target writes JMH's text
     * @param where  told where the cell is, as each iteration starts
     */
    public ProgressFormat(OutputFormat target, Consumer<String> where) {
        this.target = target;
        this.where = where;
    }

    /**
     * Where the cell is as iteration {@code n} of {@code count} of {@code type} starts, counting forks by their first
     * iteration (the first warm-up, or the first measured one where there are no warm-ups).
     */
    String at(IterationType type, int n, int count, int warmups, int forks) {
        if (n == 1 && (type == IterationType.WARMUP || warmups == 0)) {
            fork++;
        }
        String forkText = forks > 1 ? "fork " + fork + "/" + forks + ", " : "";
        return forkText + (type == IterationType.WARMUP ? "warm-up " : "iteration ") + n + "/" + count;
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
        where.accept(at(params.getType(), iteration, params.getCount(), benchParams.getWarmup().getCount(),
                Math.max(1, benchParams.getForks() + benchParams.getWarmupForks())));
        target.iteration(benchParams, params, iteration);
    }

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration, IterationResult data) {
        target.iterationResult(benchParams, params, iteration, data);
    }

    @Override
    public void startBenchmark(BenchmarkParams benchParams) {
        fork = 0;
        target.startBenchmark(benchParams);
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
        target.endBenchmark(result);
    }

    @Override
    public void startRun() {
        target.startRun();
    }

    @Override
    public void endRun(Collection<RunResult> result) {
        target.endRun(result);
    }

    @Override
    public void print(String s) {
        target.print(s);
    }

    @Override
    public void println(String s) {
        target.println(s);
    }

    @Override
    public void flush() {
        target.flush();
    }

    @Override
    public void close() {
        target.close();
    }

    @Override
    public void verbosePrintln(String s) {
        target.verbosePrintln(s);
    }

    @Override
    public void write(int b) {
        target.write(b);
    }

    @Override
    public void write(byte[] b) throws IOException {
        target.write(b);
    }
}

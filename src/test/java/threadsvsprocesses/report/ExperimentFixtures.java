package threadsvsprocesses.report;

import threadsvsprocesses.report.RunFixture.Secondary;
import threadsvsprocesses.run.PlannedCell.Status;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Results of the eight experiments shaped as CONTRACT.md says JMH writes them (timed modes, the subject as a
 * parameter, secondary metrics such as lostUpdates), with figures like those of a 4-core machine.
 */
public final class ExperimentFixtures {

    static final String PKG = "threadsvsprocesses.benchmarks.";
    static final String STARTUP = PKG + "StartupBenchmark.startup";
    static final String STARTUP_THROUGHPUT = PKG + "StartupThroughputBenchmark.startupThroughput";
    static final String LAUNCH = PKG + "LaunchBenchmark.launch";
    static final String MEMORY = PKG + "MemoryBenchmark.memory";
    static final String ROUND_TRIP = PKG + "MessagingBenchmark.roundTrip";
    static final String THROUGHPUT = PKG + "MessagingBenchmark.messageThroughput";
    static final String COUNTER = PKG + "SharedCounterBenchmark.counter";
    static final String RUNAWAY = PKG + "RunawayBenchmark.runaway";
    static final String POOL_MAP = PKG + "PoolMapBenchmark.poolMap";
    static final long INCREMENTS = 1_000_000L;

    private ExperimentFixtures() {
    }

    static Map<String, String> params(String... nameValue) {
        Map<String, String> p = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            p.put(nameValue[i], nameValue[i + 1]);
        }
        return p;
    }

    private static Map<String, Secondary> one(String name, double score, Double error, String unit) {
        return Map.of(name, new Secondary(score, error, unit));
    }

    /** The memory experiment's four figures per holder, each with {@code relativeError}, by name as JMH sorts them. */
    private static Map<String, Secondary> memory(double rss, double pss, double uss, double kernel, double relativeError) {
        return new java.util.TreeMap<>(Map.of("rssBytesPerHolder", new Secondary(rss, rss * relativeError, "#"),
                "pssBytesPerHolder", new Secondary(pss, pss * relativeError, "#"),
                "ussBytesPerHolder", new Secondary(uss, uss * relativeError, "#"),
                "kernelBytesPerHolder", new Secondary(kernel, kernel * relativeError, "#")));
    }

    /** Adds every experiment to {@code f}, including a skipped and a failed experiment cell. */
    static RunFixture addAll(RunFixture f) {
        String[] starters = {"platform-thread", "virtual-thread", "child-jvm", "child-jvm-default", "java-version",
                "native-process"};
        double[] startUs = {55, 2.1, 41_000, 58_000, 30_000, 900};
        double[] startErr = {4, 0.3, 1_500, 2_000, 1_000, 60};
        for (int i = 0; i < starters.length; i++) {
            f.experiment(STARTUP, "startup", "avgt", params("starter", starters[i]), startUs[i], startErr[i], "us/op",
                    Map.of());
        }
        f.experiment(STARTUP_THROUGHPUT, "startup-throughput", "avgt", params("starter", "platform-thread"), 9, 0.5,
                "us/op", Map.of());
        f.experiment(STARTUP_THROUGHPUT, "startup-throughput", "avgt", params("starter", "virtual-thread"), 0.3,
                0.02, "us/op", Map.of());

        String[] mechanisms = {"POSIX_SPAWN", "FORK", "VFORK"};
        double[][] launchUs = {{41_500, 43_800, 41_000}, {880, 1_350, 860}};
        String[] processes = {"child-jvm", "native-process"};
        for (int p = 0; p < processes.length; p++) {
            for (int m = 0; m < mechanisms.length; m++) {
                f.experiment(LAUNCH, "launch", "avgt", params("mechanism", mechanisms[m], "process", processes[p]),
                        launchUs[p][m], launchUs[p][m] * 0.04, "us/op", Map.of());
            }
        }

        int[] holders = {10, 1000, 10000};
        double[][] rss = {{60_000, 29_000, 28_200}, {5_000, 3_600, 3_500}};
        double[] kernel = {18_500, 300};
        String[] threadHolders = {"platform-thread", "virtual-thread"};
        for (int t = 0; t < threadHolders.length; t++) {
            for (int h = 0; h < holders.length; h++) {
                double err = h == 0 ? 0.6 : 0.04;
                f.experiment(MEMORY, "memory", "ss", params("holder", threadHolders[t], "holders", "" + holders[h]),
                        0.3 * holders[h] / 10.0, 0.02 * holders[h] / 10.0, "ms/op",
                        memory(rss[t][h], rss[t][h] * 0.99, rss[t][h] * 0.98, kernel[t], err));
            }
        }
        f.experiment(MEMORY, "memory", "ss", params("holder", "child-jvm", "holders", "10"), 420, 30.0, "ms/op",
                memory(42_000_000, 17_000_000, 15_000_000, 550_000, 0.02));
        f.cell(MEMORY, "memory", params("holder", "child-jvm", "holders", "1000"), Status.SKIPPED,
                "1000 child JVMs at once exceed the profile's limit of 100", "");

        int[] sizes = {8, 1024, 16384};
        String[] channels = {"thread-park", "thread-queue", "process-pipe", "process-socket", "thread-ring",
                "process-ring", "process-pipe-poll"};
        double[][] roundTripUs = {{20, 20, 21}, {40, 41, 45}, {55, 58, 75}, {60, 62, 80}, {0.3, 0.5, 3},
                {0.35, 0.55, 3.2}, {4, 5, 14}};
        double[][] perSecond = {{}, {2.5e6, 2e6, 3e5}, {4e5, 3e5, 8e4}, {5e5, 3.5e5, 9e4}, {2e7, 5e6, 5e5},
                {1.8e7, 4.5e6, 4.8e5}, {8e5, 5e5, 1e5}};
        for (int c = 0; c < channels.length; c++) {
            for (int s = 0; s < sizes.length; s++) {
                Map<String, String> p = params("channel", channels[c], "messageBytes", "" + sizes[s]);
                f.experiment(ROUND_TRIP, "round-trip", "avgt", p, roundTripUs[c][s], roundTripUs[c][s] * 0.05,
                        "us/op", Map.of());
                if (perSecond[c].length > 0) {
                    f.experiment(THROUGHPUT, "message-throughput", "thrpt", p, perSecond[c][s],
                            perSecond[c][s] * 0.06, "ops/s", Map.of());
                }
            }
        }

        int[] workers = {1, 2, 4};
        Object[][] counters = {
                // variant, ms per operation at 1, 2, 4 workers, share of updates lost
                {"unsynchronized", new double[] {1.1, 6, 9}, new double[] {0, 0.46, 0.72}},
                {"volatile", new double[] {2.5, 14, 20}, new double[] {0, 0.4, 0.65}},
                {"synchronized", new double[] {9, 45, 80}, new double[] {0, 0, 0}},
                {"atomic", new double[] {6, 28, 50}, new double[] {0, 0, 0}},
                {"adder", new double[] {7, 9, 10}, new double[] {0, 0, 0}},
                {"process-private", new double[] {60, 95, 120}, new double[] {1, 1, 1}},
                {"process-mapped", new double[] {80, 140, 220}, new double[] {0, 0, 0}}};
        for (Object[] c : counters) {
            double[] ms = (double[]) c[1];
            double[] lost = (double[]) c[2];
            for (int w = 0; w < workers.length; w++) {
                double lostUpdates = lost[w] * workers[w] * INCREMENTS;
                f.experiment(COUNTER, "counter", "avgt", params("counter", (String) c[0], "increments",
                                "" + INCREMENTS, "workers", "" + workers[w]), ms[w], ms[w] * 0.05, "ms/op",
                        one("lostUpdates", lostUpdates, lostUpdates * 0.1, "#"));
            }
        }

        f.experiment(RUNAWAY, "runaway", "avgt", params("waitMillis", "200", "worker", "platform-thread"), 200.3, 0.4,
                "ms/op", one("stoppedFraction", 0, 0.0, "#"));
        f.experiment(RUNAWAY, "runaway", "avgt", params("waitMillis", "200", "worker", "virtual-thread"), 200.2, 0.3,
                "ms/op", one("stoppedFraction", 0, 0.0, "#"));
        f.experiment(RUNAWAY, "runaway", "avgt", params("waitMillis", "200", "worker", "child-jvm"), 6.5, 1.0,
                "ms/op", one("stoppedFraction", 1, 0.0, "#"));

        Object[][] pools = {
                // pool, workers, ms per operation with empty tasks, with 10,000-unit tasks
                {"single-thread", new int[] {1}, new double[] {0.05}, new double[] {18}},
                {"thread-pool-chunked", workers, new double[] {0.05, 0.06, 0.07}, new double[] {18.5, 9.5, 4.9}},
                {"thread-pool-per-task", workers, new double[] {1.2, 1.4, 1.6}, new double[] {19, 9.8, 5.1}},
                {"virtual-thread", workers, new double[] {0.9, 1.0, 1.1}, new double[] {18.8, 9.9, 5.0}},
                {"process-pool-chunked", workers, new double[] {0.6, 0.5, 0.5}, new double[] {25, 18, 15}},
                {"process-pool-per-task", workers, new double[] {35, 22, 18}, new double[] {60, 40, 30}}};
        for (Object[] p : pools) {
            int[] w = (int[]) p[1];
            for (int i = 0; i < w.length; i++) {
                for (String units : new String[] {"0", "10000"}) {
                    double ms = units.equals("0") ? ((double[]) p[2])[i] : ((double[]) p[3])[i];
                    f.experiment(POOL_MAP, "pool-map", "avgt", params("pool", (String) p[0], "taskUnits", units,
                            "tasks", "1000", "workers", "" + w[i]), ms, ms * 0.04, "ms/op", Map.of());
                }
            }
        }
        f.cell(POOL_MAP, "pool-map", params("pool", "process-pool-per-task", "taskUnits", "0", "tasks", "1000", "workers", "8"),
                Status.FAILED, "child JVM <died> & exited with code 137", "");
        return f;
    }
}

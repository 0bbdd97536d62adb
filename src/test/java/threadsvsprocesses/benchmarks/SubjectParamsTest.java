package threadsvsprocesses.benchmarks;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;
import threadsvsprocesses.execution.ExecutionModel;
import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.experiments.counter.CounterKind;
import threadsvsprocesses.experiments.launch.Mechanism;
import threadsvsprocesses.experiments.memory.HolderKind;
import threadsvsprocesses.experiments.messaging.ChannelKind;
import threadsvsprocesses.experiments.granularity.SweepModel;
import threadsvsprocesses.experiments.pool.PoolKind;
import threadsvsprocesses.experiments.runaway.RunawayKind;
import threadsvsprocesses.experiments.startup.StarterKind;
import threadsvsprocesses.experiments.startup.ThreadKind;
import threadsvsprocesses.labels.Labelled;
import threadsvsprocesses.report.charts.Palette;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every subject label is spelled once, by its enum: each benchmark's {@code @Param} list of what it compares holds
 * exactly that enum's labels, in its order, and each experiment's subject names that parameter.
 */
class SubjectParamsTest {

    /** Each benchmark class, the field of its subject, and the enum that defines the subject's values. */
    private static final List<Object[]> SUBJECTS = List.of(
            new Object[] {ExecutionBenchmark.class, "model", ExecutionModel.values()},
            new Object[] {StartupBenchmark.class, "starter", StarterKind.values()},
            new Object[] {StartupThroughputBenchmark.class, "starter", ThreadKind.values()},
            new Object[] {LaunchBenchmark.class, "mechanism", Mechanism.values()},
            new Object[] {MemoryBenchmark.class, "holder", HolderKind.values()},
            new Object[] {MessagingBenchmark.class, "channel", ChannelKind.values()},
            new Object[] {SharedCounterBenchmark.class, "counter", CounterKind.values()},
            new Object[] {RunawayBenchmark.class, "worker", RunawayKind.values()},
            new Object[] {PoolMapBenchmark.class, "pool", PoolKind.values()},
            new Object[] {GranularityBenchmark.class, "model", SweepModel.values()});

    private static final Map<Experiment, Class<?>> BENCHMARK_OF = Map.ofEntries(
            entry(Experiment.STARTUP, StartupBenchmark.class),
            entry(Experiment.STARTUP_THROUGHPUT, StartupThroughputBenchmark.class), entry(Experiment.LAUNCH, LaunchBenchmark.class),
            entry(Experiment.MEMORY, MemoryBenchmark.class), entry(Experiment.ROUND_TRIP, MessagingBenchmark.class),
            entry(Experiment.MESSAGE_THROUGHPUT, MessagingBenchmark.class),
            entry(Experiment.COUNTER, SharedCounterBenchmark.class), entry(Experiment.RUNAWAY, RunawayBenchmark.class),
            entry(Experiment.POOL_MAP, PoolMapBenchmark.class), entry(Experiment.GRANULARITY, GranularityBenchmark.class));

    @Test
    void everySubjectParamListsItsEnumsLabels() throws Exception {
        for (Object[] s : SUBJECTS) {
            Field field = ((Class<?>) s[0]).getField((String) s[1]);
            String[] labels = Arrays.stream((Labelled[]) s[2]).map(Labelled::label).toArray(String[]::new);
            assertArrayEquals(labels, field.getAnnotation(Param.class).value(), s[0] + "." + s[1]);
        }
    }

    @Test
    void launchNamesProcessKindsOfTheStarters() throws Exception {
        // the launch mechanism changes how the OS process is made, the same for any process: launch starts the
        // suite's child JVM and /bin/true, not every variant the start-up experiment compares
        String[] processes = {StarterKind.CHILD_JVM.label(), StarterKind.NATIVE_PROCESS.label()};
        assertArrayEquals(processes, LaunchBenchmark.class.getField("process").getAnnotation(Param.class).value());
        for (String p : processes) {
            assertTrue(StarterKind.byLabel(p).isProcess(), p);
        }
        assertEquals(Mechanism.class, LaunchBenchmark.class.getField("mechanism").getType(),
                "typed by its enum: the JDK's names are the constants' names");
    }

    @Test
    void eachExperimentsSubjectIsAParamOfItsBenchmark() throws Exception {
        for (Experiment e : Experiment.values()) {
            Field field = BENCHMARK_OF.get(e).getField(e.subject());
            assertTrue(field.isAnnotationPresent(Param.class), e + ": " + e.subject());
        }
        assertEquals(Experiment.values().length, BENCHMARK_OF.size());
    }

    @Test
    void everySubjectHasALookOnTheCharts() {
        for (Object[] s : SUBJECTS) {
            for (Labelled l : (Labelled[]) s[2]) {
                assertTrue(Palette.knows(l.label()), l.label() + " has no colour, marker and line");
            }
        }
    }
}

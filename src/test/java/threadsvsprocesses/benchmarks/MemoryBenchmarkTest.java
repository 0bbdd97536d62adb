package threadsvsprocesses.benchmarks;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import threadsvsprocesses.experiments.NoChildLeft;
import threadsvsprocesses.experiments.memory.Footprint;
import threadsvsprocesses.experiments.memory.ProcessMemory;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The memory benchmark reports the four figures by the names the report reads, driven as JMH drives it. */
class MemoryBenchmarkTest {

    @AfterEach
    void noChildIsLeft() throws InterruptedException {
        NoChildLeft.assertNoChildLeft(5_000);
    }

    @Test
    void itsSecondaryMetricsAreNamedAsTheReportReadsThem() throws Exception {
        for (String name : List.of(Footprint.RSS, Footprint.PSS, Footprint.USS, Footprint.KERNEL)) {
            assertEquals(double.class, MemoryBenchmark.BytesPerHolder.class.getMethod(name).getReturnType(), name);
        }
    }

    @Test
    void oneOperationGivesEachFigureOfAFreshMeasurement() throws Exception {
        assumeTrue(ProcessMemory.available(), "needs /proc (Linux)");
        MemoryBenchmark bench = new MemoryBenchmark();
        bench.holder = "platform-thread";
        bench.holders = 50;
        bench.resolve();
        MemoryBenchmark.BytesPerHolder metric = new MemoryBenchmark.BytesPerHolder();
        metric.reset();
        assertTrue(bench.memory(metric) > 0, "the probe JVM's pid is consumed");
        assertTrue(metric.rssBytesPerHolder() > 0, "50 parked threads grow a fresh JVM: " + metric.rssBytesPerHolder());
        assertTrue(metric.ussBytesPerHolder() > 0);
        assertTrue(metric.kernelBytesPerHolder() > 0, "each holds a kernel stack");
    }
}

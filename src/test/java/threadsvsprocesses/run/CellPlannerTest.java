package threadsvsprocesses.run;

import threadsvsprocesses.cli.RunCommand;
import org.junit.jupiter.api.Test;
import threadsvsprocesses.experiments.messaging.ChannelKind;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.VerboseMode;
import threadsvsprocesses.run.PlannedCell;

import java.io.PrintStream;
import java.io.OutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan built from the jar's real benchmark list, a profile and JMH-style command-line options. */
class CellPlannerTest {

    /** The plan of {@code jmhArgs} (JMH-style) on a machine of {@code cores}, from the jar's benchmark list. */
    static List<PlannedCell> plan(Profile profile, int cores, String... jmhArgs) throws Exception {
        RunCommand args = RunCommand.parse(jmhArgs);
        CommandLineOptions options = new CommandLineOptions(args.jmhArgs().toArray(String[]::new));
        return new CellPlanner(profile, options, args.parameterNames(), cores, BenchmarkList.defaultList())
                .plan(OutputFormatFactory.createFormatInstance(new PrintStream(OutputStream.nullOutputStream()), VerboseMode.SILENT));
    }

    @Test
    void workerLevelsGoUpToTheCoresThenTwiceThem() {
        assertEquals(List.of(1, 2, 4), Profile.STANDARD.workerLevels(2));
        assertEquals(List.of(1, 2, 4, 6, 12), Profile.STANDARD.workerLevels(6));
        assertEquals(List.of(1, 2, 4, 8, 16), Profile.STANDARD.workerLevels(8));
        assertEquals(List.of(1, 6), Profile.QUICK.workerLevels(6));
    }

    @Test
    void singleThreadIsTheBaselineAtOneWorkerAndOtherModelsRunEveryLevel() throws Exception {
        List<PlannedCell> cells = plan(Profile.STANDARD, 2, "Countdown");
        assertEquals(1 + 4 * 3, cells.size());
        assertTrue(cells.stream().filter(c -> c.params().get("model").equals("single-thread"))
                .allMatch(c -> c.params().get("workers").equals("1")));
        assertEquals(3, cells.stream().filter(c -> c.params().get("model").equals("process-pool")).count());
        assertTrue(cells.stream().allMatch(c -> c.params().get("count").equals("50000000")), "the benchmark's default size");
    }

    @Test
    void cellsNoModelCanSensiblyRunAreSkippedWithAReasonNotDropped() throws Exception {
        List<PlannedCell> cells = plan(Profile.STANDARD, 2, "Sleep");
        PlannedCell tenThousandJvms = cells.stream().filter(c -> c.params().get("model").equals("multi-process")
                && c.params().get("tasks").equals("10000")).findFirst().orElseThrow();
        assertEquals(PlannedCell.Status.SKIPPED, tenThousandJvms.status());
        assertTrue(tenThousandJvms.reason().contains("10000 child JVMs"), tenThousandJvms.reason());
        PlannedCell virtual = cells.stream().filter(c -> c.params().get("model").equals("virtual-thread")
                && c.params().get("tasks").equals("10000")).findFirst().orElseThrow();
        assertEquals(PlannedCell.Status.PLANNED, virtual.status());
        assertEquals(5 * 5, cells.size(), "every model at every task count is in the plan");
    }

    @Test
    void theProfilesOwnLevelsBeyondTheCapAreSkippedNotRefused() throws Exception {
        List<PlannedCell> cells = plan(Profile.FULL, 2, "Sleep", "-p", "model=multi-process");
        assertTrue(cells.stream().anyMatch(c -> c.params().get("tasks").equals("100000") && c.status() == PlannedCell.Status.SKIPPED));
    }

    @Test
    void userParametersOverrideTheProfileAndZeroWorkersMeansAllCores() throws Exception {
        List<PlannedCell> cells = plan(Profile.STANDARD, 2, "Squares", "-p", "model=virtual-thread", "-p", "workers=0,3");
        assertEquals(List.of("2", "3"), cells.stream().map(c -> c.params().get("workers")).toList());
        assertTrue(cells.stream().allMatch(c -> c.params().get("model").equals("virtual-thread")));
    }

    @Test
    void badInputIsRefusedBeforeAnythingRuns() {
        assertError("unknown model 'fibers'", "-p", "model=fibers");
        assertError("workers must be a whole number, got 'two'", "Countdown", "-p", "workers=two");
        assertError("workers must be 0 (all cores) or a number up to 4096, got '-1'", "Countdown", "-p", "workers=-1");
        assertError("workers must be 0 (all cores) or a number up to 4096, got '100000'", "Countdown", "-p", "workers=100000");
        assertError("tasks out of range", "Sleep", "-p", "tasks=0");
        assertError("multiple of 10000", "Countdown", "-p", "count=12345");
        assertError("no benchmark matches [NoSuchBenchmark]", "NoSuchBenchmark");
        assertError("parameter 'threadz' is not one of the selected benchmarks'", "-p", "threadz=2");
        assertError("not a valid regular expression", "Count(down");
        assertError("multi-process sleep would start 1000000 child JVMs at once; this machine's memory holds about",
                "Sleep", "-p", "model=multi-process", "-p", "tasks=1000000");
    }

    @Test
    void unknownSuiteOptionsAndProfilesAreRefused() {
        BadInputException profile = assertThrows(BadInputException.class, () -> RunCommand.parse("--profile", "fast"));
        assertEquals("unknown profile 'fast'; accepted: smoke, quick, standard, full", profile.getMessage());
        BadInputException option = assertThrows(BadInputException.class, () -> RunCommand.parse("--rezults", "x"));
        assertTrue(option.getMessage().startsWith("unknown option '--rezults'"), option.getMessage());
        assertEquals(List.of("-f", "1"), RunCommand.parse("-f", "1").jmhArgs());
        BadInputException timeout = assertThrows(BadInputException.class, () -> RunCommand.parse("--worker-timeout", "0"));
        assertEquals("--worker-timeout must be a whole number of seconds from 1 to 86400, got '0'", timeout.getMessage());
        assertEquals(5, RunCommand.parse("--worker-timeout=5").workerTimeoutSeconds());
    }

    @Test
    void experimentsRunEveryValueOfWhatTheyCompareWithTheirSubjectAsModel() throws Exception {
        List<PlannedCell> cells = plan(Profile.STANDARD, 2, "MemoryBenchmark");
        assertEquals(3 * 3, cells.size(), "three holders at three counts");
        assertTrue(cells.stream().allMatch(c -> c.workload().equals("memory")));
        PlannedCell jvms = cells.stream().filter(c -> c.params().get("holder").equals("child-jvm")
                && c.params().get("holders").equals("1000")).findFirst().orElseThrow();
        assertEquals(PlannedCell.Status.SKIPPED, jvms.status(), "1000 child JVMs at once is over the profile's cap");
        assertTrue(jvms.reason().contains("1000 child JVMs"), jvms.reason());
        assertEquals(PlannedCell.Status.PLANNED, cells.stream().filter(c -> c.params().get("holder").equals("child-jvm")
                && c.params().get("holders").equals("10")).findFirst().orElseThrow().status());
    }

    @Test
    void experimentsWithWorkersFollowTheProfileLevelsExceptWhereWorkersMeanNothing() throws Exception {
        List<PlannedCell> pool = plan(Profile.STANDARD, 2, "PoolMapBenchmark", "-p", "taskUnits=0");
        assertEquals(List.of("1"), workersOf(pool, "pool", "single-thread"));
        assertEquals(List.of("2"), workersOf(pool, "pool", "virtual-thread"), "one virtual thread per task: run once");
        assertEquals(List.of("1", "2"), workersOf(pool, "pool", "process-pool-chunked"), "no pool beyond the cores");
        assertEquals(List.of("1", "2"), workersOf(pool, "pool", "process-pool-per-task"));
        assertEquals(List.of("1", "2", "4", "16", "32", "64"),
                workersOf(plan(Profile.STANDARD, 64, "PoolMapBenchmark", "-p", "taskUnits=0"), "pool", "thread-pool-chunked"),
                "six levels, none beyond the cores, chosen as such (not the shared levels less twice the cores)");
        assertEquals(List.of("4"), workersOf(plan(Profile.STANDARD, 2, "PoolMapBenchmark", "-p", "taskUnits=0",
                "-p", "workers=4"), "pool", "thread-pool-chunked"), "the user's workers run as given");
        List<PlannedCell> counter = plan(Profile.SMOKE, 2, "SharedCounterBenchmark", "-p", "counter=adder");
        assertEquals(List.of("1", "2"), workersOf(counter, "counter", "adder"));
        assertTrue(counter.stream().allMatch(c -> c.params().get("increments").equals("10000")), "the smoke profile's size");
    }

    @Test
    void pollingChannelsAreSkippedOnOneCoreAndTheWakeUpFloorHasNoThroughput() throws Exception {
        for (int cores : new int[] {1, 2}) {
            for (PlannedCell c : plan(Profile.SMOKE, cores, "MessagingBenchmark")) {
                ChannelKind channel = ChannelKind.byLabel(c.params().get("channel"));
                boolean floorThroughput = channel == ChannelKind.THREAD_PARK && c.workload().equals("message-throughput");
                boolean skipped = floorThroughput || (channel.polls() && cores < 2);
                assertEquals(skipped, c.status() == PlannedCell.Status.SKIPPED, cores + " cores: " + c);
                if (skipped) {
                    assertTrue(c.reason().contains(channel.label()), c.reason());
                }
            }
        }
    }

    @Test
    void badExperimentParametersAreRefusedWithTheAcceptedValues() {
        assertError("channel 'carrier-pigeon' is not one of round-trip's; accepted: "
                        + threadsvsprocesses.labels.Labelled.labels(ChannelKind.class),
                "MessagingBenchmark.roundTrip", "-p", "channel=carrier-pigeon");
        assertError("messageBytes out of range, got 0; accepted: 1 to 16777216 bytes", "MessagingBenchmark", "-p", "messageBytes=0");
        assertError("holders must be a whole number, got 'many'", "MemoryBenchmark", "-p", "holders=many");
        assertError("child-jvm memory would start 100000 child JVMs at once", "MemoryBenchmark", "-p", "holders=100000");
    }

    private static List<String> workersOf(List<PlannedCell> cells, String subject, String value) {
        return cells.stream().filter(c -> c.params().get(subject).equals(value)).map(c -> c.params().get("workers"))
                .distinct().toList();
    }

    private static void assertError(String expected, String... args) {
        BadInputException e = assertThrows(BadInputException.class, () -> plan(Profile.STANDARD, 2, args));
        assertTrue(e.getMessage().contains(expected), "'" + e.getMessage() + "' should contain '" + expected + "'");
        assertFalse(e.getMessage().contains("\n"), "one line");
    }
}

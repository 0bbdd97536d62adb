package threadsvsprocesses.run;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.VerboseMode;
import threadsvsprocesses.cli.RunCommand;
import threadsvsprocesses.run.Profile.ForkPlan;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The time budget, as the run estimates it at its start from the jar's real plan on 2 cores: {@code standard} within
 * 20 minutes with room for the cells later issues add, {@code quick} within 3. The estimate is calibrated by the
 * lead's reference runs (plan.json records the forks each cell got); this checks the plan, not a measured time.
 */
class CostEstimateTest {

    private static double minutes(Profile profile, boolean atCap, String... jmhArgs) throws Exception {
        RunCommand args = RunCommand.parse(jmhArgs);
        CommandLineOptions options = new CommandLineOptions(args.jmhArgs().toArray(String[]::new));
        List<PlannedCell> cells = new CellPlanner(profile, options, args.parameterNames(), 2,
                BenchmarkList.defaultList()).plan(OutputFormatFactory.createFormatInstance(
                new PrintStream(OutputStream.nullOutputStream()), VerboseMode.SILENT));
        double[] each = CostEstimate.perCell(cells, profile, options, 2, atCap);
        Map<String, Long> byWorkload = new TreeMap<>();
        for (int i = 0; i < each.length; i++) {
            byWorkload.merge(cells.get(i).workload(), Math.round(each[i]), Long::sum);
        }
        System.out.println(profile.label() + (atCap ? " at the fork cap" : "") + ", seconds: " + byWorkload);
        return Arrays.stream(each).sum() / 60;
    }

    @Test
    void standardAndQuickFitTheirBudgetsOnTwoCores() throws Exception {
        double standard = minutes(Profile.STANDARD, false);
        double quick = minutes(Profile.QUICK, false);
        System.out.printf("estimated on 2 cores: standard %.1f min (%.1f at the fork cap), quick %.1f min%n",
                standard, minutes(Profile.STANDARD, true), quick);
        assertTrue(standard <= 15.5, "standard: " + standard + " min, leaving room for later issues' cells in 20");
        assertTrue(quick <= 3, "quick: " + quick + " min");
    }

    @Test
    void standardGivesEveryCellAtLeastFiveForksAndTheUsersForksAreTakenExactly() throws Exception {
        ForkPlan plan = Profile.STANDARD.forks;
        assertTrue(plan.first() >= 5 && plan.adaptive() && plan.cap() > plan.first());
        assertEquals(ForkPlan.fixed(3), CostEstimate.forkPlan(Profile.STANDARD, new CommandLineOptions("-f", "3")));
        assertEquals(plan, CostEstimate.forkPlan(Profile.STANDARD, new CommandLineOptions()));
    }
}

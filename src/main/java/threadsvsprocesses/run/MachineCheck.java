package threadsvsprocesses.run;

import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.VerboseMode;
import threadsvsprocesses.run.machine.Distortion;
import threadsvsprocesses.run.machine.Distortions;
import threadsvsprocesses.run.machine.MachineDetails;
import threadsvsprocesses.run.machine.MachineFacts;
import threadsvsprocesses.run.machine.ProcessTree;
import threadsvsprocesses.run.machine.SystemFiles;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * {@code check}: the machine's description and what would distort a run of {@code profile} now, each with its figure
 * and what to do. Takes no lock and writes nothing.
 */
public final class MachineCheck {

    private MachineCheck() {
    }

    /** Prints the check; the exit status: 0 when nothing would distort a run, 1 otherwise. */
    public static int run(Profile profile, PrintStream out) throws InterruptedException {
        int cores = Runtime.getRuntime().availableProcessors();
        MachineDetails details = MachineDetails.read(SystemFiles.live(), ProcessTree.ofThisRun(), MachineDetails.START_SAMPLE);
        out.println("threads-vs-processes check: " + MachineProbe.hostName() + ", " + cores
                + (cores == 1 ? " core" : " cores") + " for the JVM");
        MachineFacts.of(details).forEach((name, text) -> out.println("  " + name + ": " + text));
        List<Distortion> distortions = Distortions.of(details, cores, MemoryNeed.bytes(planned(profile, cores)));
        out.println();
        if (distortions.isEmpty()) {
            out.println("Nothing would distort a " + profile.label() + " run now.");
            return 0;
        }
        out.println("What would distort a " + profile.label() + " run now:");
        distortions.forEach(d -> out.println(d.line()));
        return 1;
    }

    /** The cells a run of {@code profile} would plan, for the memory they need. */
    private static List<PlannedCell> planned(Profile profile, int cores) {
        try {
            return new CellPlanner(profile, new CommandLineOptions(), Set.of(), cores, BenchmarkList.defaultList())
                    .plan(OutputFormatFactory.createFormatInstance(new PrintStream(OutputStream.nullOutputStream()),
                            VerboseMode.SILENT));
        } catch (CommandLineOptionException e) {
            throw new IllegalStateException("JMH refused an empty command line", e);
        }
    }
}

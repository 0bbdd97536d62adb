package threadsvsprocesses.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import threadsvsprocesses.run.MachineCheck;
import threadsvsprocesses.run.Profile;

import java.util.concurrent.Callable;

/** {@code check [--profile P]}: what would distort a run now; exit 0 when nothing would, 1 otherwise. */
@Command(name = "check",
        header = "Describe this machine and say what would distort a run now; exit 0 if nothing would, else 1.",
        description = "Prints the machine's topology, CPU state, limits and load, then each thing that would distort"
                + " a run (load, a busy process, steal, a powersave governor, SMT siblings, a CPU quota below the"
                + " core count, too little free memory for the profile's child JVMs), with its figure and what to do."
                + " Every run prints the same warnings in its header.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private SuiteCommand suite;

    @Mixin
    private HelpOption help;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "standard",
            converter = RunCommand.ProfileLabel.class, completionCandidates = RunCommand.ProfileLabels.class,
            description = "The profile whose child JVMs the free memory is checked for: ${COMPLETION-CANDIDATES}."
                    + " Default: ${DEFAULT-VALUE}.")
    private Profile profile;

    @Override
    public Integer call() throws InterruptedException {
        return MachineCheck.run(profile, suite.out);
    }
}

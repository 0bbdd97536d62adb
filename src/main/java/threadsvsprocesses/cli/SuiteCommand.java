package threadsvsprocesses.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/**
 * The jar's command line: {@code run}, {@code report}, {@code compare} and {@code check}. {@link Main} makes {@code run} the
 * command when the first argument names none, so {@code java -jar benchmarks.jar --profile quick Countdown} runs.
 */
@Command(name = "java -jar benchmarks.jar",
        subcommands = {RunCommand.class, ReportCommand.class, CompareCommand.class, CheckCommand.class},
        description = "Threads, virtual threads or processes, measured with JMH on this machine, with a CSV, charts"
                + " and a report.",
        footer = {"", "Without a command, run is meant: java -jar benchmarks.jar --profile quick Countdown -f 1.",
                "Each command's options: java -jar benchmarks.jar COMMAND --help; JMH's own options: -h."})
final class SuiteCommand implements Callable<Integer> {

    /** Where the commands print their progress and results. */
    final PrintStream out;

    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    SuiteCommand(PrintStream out) {
        this.out = out;
    }

    /** Reached only when no command is named, which {@link Main} prevents; shows the usage. */
    @Override
    public Integer call() {
        spec.commandLine().usage(out);
        return 0;
    }
}

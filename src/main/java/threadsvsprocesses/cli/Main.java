package threadsvsprocesses.cli;

import picocli.CommandLine;
import threadsvsprocesses.execution.ParentWatch;
import threadsvsprocesses.run.noise.NoisePolicy;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * The jar's command line, parsed by picocli ({@link SuiteCommand}): {@code run} (the default),
 * {@code report results/<run-id>}, {@code compare A B [C ...]} and {@code check}; {@code --help} after any of them
 * shows its usage. Bad input ends with one line on stderr starting {@code error: } and exit status 2, before
 * anything runs or is written ({@link CommandLineErrors}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] argv) {
        // Relaunched by the launcher: if the launcher is killed, stop too, leaving no orphaned run.
        ParentWatch.installIfParentIsOurs();
        System.exit(run(argv, System.out));
    }

    /** Runs the command line, printing to {@code out} and errors to stderr; returns the exit status. */
    static int run(String[] argv, PrintStream out) {
        return run(argv, out, System.err);
    }

    static int run(String[] argv, PrintStream out, PrintStream err) {
        CommandLine cli = commandLine(out, err);
        try {
            return cli.execute(withDefaultCommand(cli, argv));
        } finally {
            cli.getOut().flush();
            cli.getErr().flush();
        }
    }

    /** The command line, configured; also what {@link RunCommand#parse} parses with. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new SuiteCommand(out));
        // Arguments reach JMH as given: "@x" is a regex or a value, not a file of arguments to read in its place.
        cli.setExpandAtFiles(false);
        // JMH's -wi, -prof, -jvmArgsAppend are options of their own, never clusters of one-letter options.
        cli.setPosixClusteredShortOptionsAllowed(false);
        // "--results -p model=x" lacks a folder: it does not make one named -p.
        cli.setUnmatchedOptionsAllowedAsOptionParameters(false);
        // An option given twice takes its last value, as it always did (a wrapper's default, then the user's).
        cli.setOverwrittenOptionsAllowed(true);
        // --on-noise takes a policy's label (retry), not its constant's name
        cli.registerConverter(NoisePolicy.class, NoisePolicy::byLabel);
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, out.charset()), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, err.charset()), true));
        cli.setParameterExceptionHandler(CommandLineErrors::parameterError);
        cli.setExecutionExceptionHandler(CommandLineErrors::executionError);
        cli.getSubcommands().get("run").setHelpFactory(RunCommand::help);
        return cli;
    }

    /** {@code run} is the command when the first argument names none (and is not the suite's own --help). */
    static String[] withDefaultCommand(CommandLine cli, String[] argv) {
        if (argv.length > 0 && (cli.getSubcommands().containsKey(argv[0])
                || cli.getCommandSpec().optionsMap().containsKey(argv[0]))) {
            return argv;
        }
        String[] args = new String[argv.length + 1];
        args[0] = "run";
        System.arraycopy(argv, 0, args, 1, argv.length);
        return args;
    }
}

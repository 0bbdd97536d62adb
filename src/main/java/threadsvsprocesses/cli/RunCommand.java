package threadsvsprocesses.cli;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import threadsvsprocesses.cpython.PythonInterpreter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import threadsvsprocesses.run.BadInputException;
import threadsvsprocesses.run.Profile;
import threadsvsprocesses.run.RunSession;
import threadsvsprocesses.run.machine.NoiseLimit;
import threadsvsprocesses.run.noise.NoisePolicy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code run}: the suite's own options, with every other argument handed to JMH's parser unchanged and in order
 * (picocli's unmatched arguments), so JMH's flags ({@code -f}, {@code -wi}, {@code -i}, {@code -p}, {@code -prof},
 * regexes, {@code -l}, {@code -h}) work as in JMH and override the profile.
 */
@Command(name = "run",
        header = "Run the benchmarks, then write the results, charts and report (the default command).",
        description = {"Measures what the profile and JMH's arguments select, each cell in its own JMH fork, and"
                + " writes the results to results/<run-id>/ and the charts and report to charts/<run-id>/.",
                "The command when the first argument names none."},
        footer = {"", "Every other argument goes to JMH unchanged and in order, and overrides the profile: a benchmark"
                + " regex (Countdown, 'Startup|Memory'), -f forks, -wi warm-ups, -i measurements,"
                + " -p model=virtual-thread, -p workers=1,2 (0 = all cores), -p tasks=..., -prof gc,"
                + " -jvmArgsAppend ..., -l (list the benchmarks), -lp (with their parameters). JMH's own help: -h."})
public class RunCommand implements Callable<Integer> {

    /** How the synopsis shows the arguments that go to JMH. */
    static final String JMH_ARGUMENTS = "[JMH-OPTION | REGEX]...";

    /** JMH's options whose value is a JVM flag, which may start with "--" ({@code -jvmArgsAppend --enable-preview}). */
    private static final Set<String> JVM_FLAG_OPTIONS = Set.of("-jvm", "-jvmArgs", "-jvmArgsAppend", "-jvmArgsPrepend");

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SuiteCommand suite;

    @Mixin
    private HelpOption help;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "standard", converter = ProfileLabel.class,
            completionCandidates = ProfileLabels.class,
            description = "How much to measure: ${COMPLETION-CANDIDATES}. quick: a first look, about 5 minutes on 2"
                    + " cores; standard: error bars to trust, about 20 minutes; full: up to 100,000 virtual threads,"
                    + " long; smoke: every benchmark and model once on tiny sizes, a functional check whose numbers"
                    + " mean nothing. Default: ${DEFAULT-VALUE}.")
    private Profile profile;

    @Option(names = "--results", paramLabel = "DIR", defaultValue = "results",
            description = "Folder in which the run's folder <run-id>/ is created. Default: ${DEFAULT-VALUE}.")
    private Path resultsRoot;

    @Option(names = "--charts", paramLabel = "DIR", defaultValue = "charts",
            description = "Folder in which the run's chart folder <run-id>/ is created. Default: ${DEFAULT-VALUE}.")
    private Path chartsRoot;

    @Option(names = "--worker-timeout", paramLabel = "SECONDS", converter = TimeoutSeconds.class,
            description = "Seconds (1 to 86400) to wait for a worker JVM's answer before killing it and failing the"
                    + " cell. Default per profile: smoke 60, quick 120, standard 300, full 900.")
    private Integer workerTimeoutSeconds;

    @Option(names = "--on-noise", paramLabel = "WHAT", defaultValue = "retry",
            completionCandidates = NoisePolicyLabels.class,
            description = "What to do with a noisy cell, one measured while other processes or the hypervisor took more"
                    + " than " + NoiseLimit.CORES + " of a core: retry (measure the noisy fork once more, keep the"
                    + " quieter attempt; both are in plan.json; while the run stays within 5%, at least 30 s, of its estimate),"
                    + " retry-always (the"
                    + " same, whatever the time), keep (keep it, flagged noisy) or stop (stop the run there)."
                    + " Default: ${DEFAULT-VALUE}.")
    private NoisePolicy onNoise;

    @Option(names = "--wait",
            description = "If another benchmark run is measuring on this machine, wait for it to end instead of"
                    + " exiting with status 2.")
    private boolean waitForLock;

    @Option(names = "--python", paramLabel = "PATH",
            description = "A Python interpreter to run CPython's models with, beside python3 on the PATH (e.g. a"
                    + " free-threaded 3.13t build); repeat for more. Without python3 or this, the CPython cells are"
                    + " skipped, with that reason.")
    private List<String> pythons = new ArrayList<>();

    @Option(names = "--dry-run",
            description = "Print the plan and run nothing, write nothing: every cell that would run, grouped by"
                    + " benchmark, the cells that would be skipped with their reasons, and the estimated time"
                    + " (the same as the plan command).")
    private boolean dryRun;

    @Option(names = "--verbose",
            description = "Show JMH's own output on the console too, as JMH prints it (it always goes to the run's"
                    + " jmh.log); JMH's -v EXTRA does the same.")
    private boolean verbose;

    /** What picocli did not match, in order: JMH's arguments, less the "--" picocli takes for itself. */
    @Unmatched
    private List<String> unmatched = new ArrayList<>();

    private List<String> jmhArgs;
    private Set<String> parameterNames;

    /**
     * Parses run's arguments (those after the word {@code run}) exactly as the command line does, running nothing.
     *
     * @throws BadInputException with the one-line message the command line prints after {@code error: }
     */
    public static RunCommand parse(String... argv) {
        PrintStream none = new PrintStream(OutputStream.nullOutputStream());
        CommandLine cli = Main.commandLine(none, none);
        String[] args = new String[argv.length + 1];
        args[0] = "run";
        System.arraycopy(argv, 0, args, 1, argv.length);
        ParseResult parsed;
        try {
            parsed = cli.parseArgs(args);
        } catch (ParameterException e) {
            throw new BadInputException(CommandLineErrors.message(e));
        }
        RunCommand run = parsed.subcommand().commandSpec().commandLine().getCommand();
        return run.checked();
    }

    /** JMH's arguments, as given and in the order given. */
    public List<String> jmhArgs() {
        return jmhArgs;
    }

    /** The names of the parameters given to JMH with {@code -p name=...}, in order. */
    public Set<String> parameterNames() {
        return parameterNames;
    }

    public Profile profile() {
        return profile;
    }

    public Path resultsRoot() {
        return resultsRoot;
    }

    public Path chartsRoot() {
        return chartsRoot;
    }

    /** The {@code --on-noise}. */
    public NoisePolicy onNoise() {
        return onNoise;
    }

    /** Whether {@code --wait} was given. */
    public boolean waitForLock() {
        return waitForLock;
    }

    /** Whether only the plan is printed ({@code --dry-run}, or the {@code plan} command). */
    public boolean planOnly() {
        return dryRun;
    }

    /** Whether JMH's own output also goes to the console ({@code --verbose}). */
    public boolean verbose() {
        return verbose;
    }

    /** The {@code --worker-timeout}, or null for the profile's. */
    public Integer workerTimeoutSeconds() {
        return workerTimeoutSeconds;
    }

    /**
     * Takes JMH's arguments from picocli's unmatched ones, putting back the "--" picocli took as its end of options
     * (JMH gives it the same meaning, and everything after it reaches JMH unexamined), collects the {@code -p}
     * names and refuses a long option neither the suite nor JMH knows.
     */
    private RunCommand checked() {
        List<String> given = spec.commandLine().getParseResult().expandedArgs();
        int endOfOptions = given.indexOf("--");
        // after "--" every argument is unmatched, so the last (given.size() - endOfOptions - 1) are those
        int before = endOfOptions < 0 ? unmatched.size() : unmatched.size() - (given.size() - endOfOptions - 1);
        List<String> args = new ArrayList<>(unmatched.subList(0, before));
        if (endOfOptions >= 0) {
            args.add("--");
            args.addAll(unmatched.subList(before, unmatched.size()));
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < before; i++) {
            String arg = args.get(i);
            boolean jvmFlag = i > 0 && JVM_FLAG_OPTIONS.contains(args.get(i - 1));
            if (arg.startsWith("--") && !jvmFlag) {
                throw new BadInputException(CommandLineErrors.unknownOption(spec, arg) + ", and JMH's options (-h)");
            }
            if (arg.equals("-p") && i + 1 < before) {
                String p = args.get(i + 1);
                names.add(p.contains("=") ? p.substring(0, p.indexOf('=')) : p);
            }
        }
        if (!pythons.isEmpty()) {
            if (names.contains("python")) {
                throw new BadInputException("give interpreters with --python or with -p python, not both");
            }
            for (String python : pythons) {
                if (python.isBlank() || python.contains(",")) {
                    throw new BadInputException("--python must name an interpreter (a path without commas), got '"
                            + python + "'");
                }
            }
            List<String> all = new ArrayList<>(List.of(PythonInterpreter.DEFAULT_COMMAND));
            pythons.stream().filter(p -> !all.contains(p)).forEach(all::add);
            args.add(0, "-p");
            args.add(1, "python=" + String.join(",", all));
            names.add("python");
        }
        jmhArgs = List.copyOf(args);
        parameterNames = names;
        return this;
    }

    @Override
    public Integer call() throws Exception {
        checked();
        PrintStream out = suite.out;
        CommandLineOptions jmh;
        try {
            jmh = new CommandLineOptions(jmhArgs.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            throw new BadInputException("bad JMH option: " + e.getMessage() + " (see -h)");
        }
        if (jmh.shouldHelp()) {
            spec.commandLine().usage(out);
            out.println();
            out.println("JMH's own options:");
            out.flush();
            jmh.showHelp();
            return 0;
        }
        if (jmh.shouldList()) {
            new Runner(jmh).list();
            return 0;
        }
        if (jmh.shouldListWithParams()) {
            new Runner(jmh).listWithParams(jmh);
            return 0;
        }
        if (jmh.shouldListProfilers()) {
            jmh.listProfilers();
            return 0;
        }
        if (jmh.shouldListResultFormats()) {
            jmh.listResultFormats();
            return 0;
        }
        return runSuite(jmh, out);
    }

    private int runSuite(CommandLineOptions jmh, PrintStream out) throws Exception {
        RunSession session = new RunSession(profile, jmh, parameterNames, resultsRoot, chartsRoot, workerTimeoutSeconds,
                onNoise, waitForLock, verbose);
        return planOnly() ? session.plan(out) : session.run(out);
    }

    /** run's usage: picocli's, with the arguments that go to JMH (which picocli leaves unmatched) in the synopsis. */
    static Help help(CommandSpec spec, Help.ColorScheme colors) {
        return new Help(spec, colors) {
            @Override
            protected Help.Ansi.Text createDetailedSynopsisPositionalsText(Collection<ArgSpec> done) {
                return super.createDetailedSynopsisPositionalsText(done).concat(" " + JMH_ARGUMENTS);
            }
        };
    }

    /** {@code --profile}: a profile's label. */
    static final class ProfileLabel implements ITypeConverter<Profile> {
        @Override
        public Profile convert(String label) {
            return Profile.byLabel(label);
        }
    }

    /** The labels an option accepts, for its description and its one-line errors. */
    abstract static class Labels implements Iterable<String> {
        private final List<String> labels;

        Labels(List<String> labels) {
            this.labels = labels;
        }

        @Override
        public Iterator<String> iterator() {
            return labels.iterator();
        }
    }

    /** The labels {@code --profile} accepts. */
    static final class ProfileLabels extends Labels {
        ProfileLabels() {
            super(Arrays.stream(Profile.values()).map(Profile::label).toList());
        }
    }

    /** The labels {@code --on-noise} accepts (converted by {@link NoisePolicy#byLabel}, see {@link Main}). */
    static final class NoisePolicyLabels extends Labels {
        NoisePolicyLabels() {
            super(Arrays.stream(NoisePolicy.values()).map(NoisePolicy::label).toList());
        }
    }

    /** {@code --worker-timeout}: whole seconds from 1 to a day. */
    static final class TimeoutSeconds implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int s = Integer.parseInt(value.trim());
                if (s >= 1 && s <= 86_400) {
                    return s;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new BadInputException("--worker-timeout must be a whole number of seconds from 1 to 86400, got '"
                    + value + "'");
        }
    }
}

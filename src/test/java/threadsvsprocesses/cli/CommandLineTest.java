package threadsvsprocesses.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import threadsvsprocesses.run.Profile;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as picocli parses it: the default command, JMH's arguments, help and one-line errors. */
class CommandLineTest {

    @TempDir
    Path tmp;

    private record Outcome(int status, String out, String err) {
    }

    private static Outcome main(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static CommandLine commandLine() {
        PrintStream none = new PrintStream(OutputStream.nullOutputStream());
        return Main.commandLine(none, none);
    }

    @Test
    void withoutACommandRunIsMeant() {
        CommandLine cli = commandLine();
        String[] argv = {"--profile", "quick", "Countdown", "-f", "1"};
        assertEquals(List.of("run", "--profile", "quick", "Countdown", "-f", "1"),
                List.of(Main.withDefaultCommand(cli, argv)));
        assertEquals(List.of("run"), List.of(Main.withDefaultCommand(cli, new String[0])));
        for (String[] named : new String[][] {{"run", "-f", "1"}, {"report", "x"}, {"compare", "a", "b"}, {"--help"}}) {
            assertEquals(List.of(named), List.of(Main.withDefaultCommand(cli, named)), "a command is named");
        }

        ParseResult parsed = cli.parseArgs(Main.withDefaultCommand(cli, argv));
        assertEquals("run", parsed.subcommand().commandSpec().name());
        RunCommand run = parsed.subcommand().commandSpec().commandLine().getCommand();
        assertEquals(Profile.QUICK, run.profile());
        RunCommand parsedAlone = RunCommand.parse(argv);
        assertEquals(Profile.QUICK, parsedAlone.profile());
        assertEquals(List.of("Countdown", "-f", "1"), parsedAlone.jmhArgs());

        Outcome jmhHelp = main("--profile", "quick", "Countdown", "-f", "1", "-h");
        assertEquals(0, jmhHelp.status(), jmhHelp.err());
        assertTrue(jmhHelp.out().contains("Usage: java -jar benchmarks.jar run "), "run's usage: " + jmhHelp.out());
    }

    @Test
    void jmhArgumentsPassThroughUnchangedAndInOrder() throws Exception {
        List<String> jmh = List.of("Countdown|Squares", "-f", "1", "-wi", "2", "-i", "5", "-p", "model=virtual-thread",
                "-p", "workers=1,2", "-prof", "gc", "-rf", "json", "-rff", "out.json", "-jvmArgsAppend",
                "-Xmx1g -Dtvp.x=1", "-jvmArgsPrepend", "--enable-preview", "@not-a-file", "-t", "2", "-bm", "ss",
                "-tu", "ms");
        List<String> argv = new ArrayList<>(List.of("--profile", "smoke"));
        argv.addAll(jmh.subList(0, 7));
        argv.addAll(List.of("--results", "r"));
        argv.addAll(jmh.subList(7, 19));
        argv.add("--charts=c");
        argv.addAll(jmh.subList(19, jmh.size()));
        argv.addAll(List.of("--worker-timeout", "60"));

        RunCommand run = RunCommand.parse(argv.toArray(String[]::new));
        assertEquals(jmh, run.jmhArgs(), "JMH's arguments, unchanged and in order, without the suite's");
        assertEquals(List.of("model", "workers"), List.copyOf(run.parameterNames()));
        assertEquals(Profile.SMOKE, run.profile());
        assertEquals(Path.of("r"), run.resultsRoot());
        assertEquals(Path.of("c"), run.chartsRoot());
        assertEquals(60, run.workerTimeoutSeconds());

        // and JMH reads them as it would have read them itself
        CommandLineOptions options = new CommandLineOptions(run.jmhArgs().toArray(String[]::new));
        assertEquals(List.of("Countdown|Squares", "@not-a-file"), options.getIncludes());
        assertEquals(1, options.getForkCount().get());
        assertEquals(2, options.getWarmupIterations().get());
        assertEquals(5, options.getMeasurementIterations().get());
        assertEquals(List.of("virtual-thread"), List.copyOf(options.getParameter("model").get()));
        assertEquals(List.of("1", "2"), List.copyOf(options.getParameter("workers").get()));
        assertEquals("gc", options.getProfilers().get(0).getKlass());
        assertEquals(ResultFormatType.JSON, options.getResultFormat().get());
        assertEquals("out.json", options.getResult().get());
        assertEquals(List.of("-Xmx1g", "-Dtvp.x=1"), List.copyOf(options.getJvmArgsAppend().get()));
        assertEquals(List.of("--enable-preview"), List.copyOf(options.getJvmArgsPrepend().get()));
        assertEquals(2, options.getThreads().get());
        assertEquals(TimeUnit.MILLISECONDS, options.getTimeUnit().get());

        List<String> flags = List.of("-l", "-lp", "-h", "-lprof", "-lrf");
        assertEquals(flags, RunCommand.parse(flags.toArray(String[]::new)).jmhArgs());
        CommandLineOptions listing = new CommandLineOptions(flags.toArray(String[]::new));
        assertTrue(listing.shouldList() && listing.shouldListWithParams() && listing.shouldHelp()
                && listing.shouldListProfilers() && listing.shouldListResultFormats());
    }

    @Test
    void afterADoubleDashEverythingIsJmhsAsGiven() throws Exception {
        RunCommand run = RunCommand.parse("--profile", "quick", "-f", "1", "--", "--profile", "-p", "x");
        assertEquals(List.of("-f", "1", "--", "--profile", "-p", "x"), run.jmhArgs(), "picocli's end of options kept");
        assertEquals(Profile.QUICK, run.profile());
        assertEquals(Set.of(), run.parameterNames(), "after --, -p is a regex");
        assertEquals(List.of("--profile", "-p", "x"),
                new CommandLineOptions(run.jmhArgs().toArray(String[]::new)).getIncludes());
    }

    @Test
    void helpOfEveryCommandIsGeneratedFromItsOptions() {
        Map<String, CommandLine> commands = commandLine().getSubcommands();
        Outcome top = main("--help");
        assertEquals(0, top.status());
        assertEquals("", top.err());
        assertTrue(top.out().startsWith("Usage: java -jar benchmarks.jar [--help] [COMMAND]"), top.out());
        for (CommandLine command : commands.values()) {
            assertTrue(top.out().contains(command.getCommandName() + "  "), "lists " + command.getCommandName());
            assertTrue(top.out().contains(firstWords(command.getCommandSpec().usageMessage().header()[0])), top.out());
        }

        for (String name : List.of("run", "plan", "report", "compare")) {
            Outcome help = main(name, "--help");
            assertEquals(0, help.status(), help.err());
            assertEquals("", help.err());
            assertTrue(help.out().contains("Usage: java -jar benchmarks.jar " + name + " ["), help.out());
            assertTrue(help.out().contains("[--help]"), help.out());
            CommandSpec spec = commands.get(name).getCommandSpec();
            assertTrue(spec.options().size() >= 2, name + " has options");
            for (OptionSpec option : spec.options()) {
                assertTrue(help.out().contains(option.longestName()), name + " --help names " + option.longestName());
                assertTrue(help.out().replaceAll("\\s+", " ").contains(firstWords(option.description()[0])),
                        name + " --help describes " + option.longestName() + ": " + help.out());
            }
            assertFalse(help.out().contains("JMH's own options:"), "--help is the suite's, -h is JMH's");
        }
        String runHelp = main("run", "--help").out().replaceAll("\\s+", " ");
        assertTrue(runHelp.contains(RunCommand.JMH_ARGUMENTS), "run's synopsis shows JMH's part: " + runHelp);
        for (Profile profile : Profile.values()) {
            assertTrue(runHelp.contains(profile.label() + " " + profile.jobTimeoutSeconds), "the worker timeout of " + profile);
        }
        assertTrue(main("--profile", "quick", "--help").out().contains("Usage: java -jar benchmarks.jar run [--dry-run] [--help]"));

        Outcome jmh = main("-h");
        assertEquals(0, jmh.status(), jmh.err());
        assertTrue(jmh.out().contains("Usage: java -jar benchmarks.jar run [--dry-run] [--help]"), jmh.out());
        assertTrue(jmh.out().contains("JMH's own options:"), "then JMH's help (printed by JMH to System.out)");
    }

    private static String firstWords(String text) {
        return String.join(" ", Arrays.asList(text.split(" ")).subList(0, Math.min(3, text.split(" ").length)));
    }

    @Test
    void anUnknownLongOptionIsOneLineNamingTheAcceptedOptions() {
        String runAccepts = "accepted: --charts DIR, --dry-run, --help, --on-noise retry|retry-always|keep|stop,"
                + " --profile smoke|quick|standard|full, --python PATH, --results DIR, --verbose, --wait, --worker-timeout SECONDS,"
                + " and JMH's options (-h)";
        assertBadInput(main("--frobnicate"), "error: unknown option '--frobnicate' for run; " + runAccepts);
        assertBadInput(main("Countdown", "-f", "1", "--frobnicate=2"), "error: unknown option '--frobnicate' for run; "
                + runAccepts);
        assertBadInput(main("--baseline", "x"), "error: unknown option '--baseline' for run (an option of compare); "
                + runAccepts);
        assertBadInput(main("compare", "a", "b", "--bogus"),
                "error: unknown option '--bogus' for compare; accepted: --baseline RUN, --charts DIR, --help");
        assertBadInput(main("report", "a", "--bogus"), "error: unknown option '--bogus' for report; accepted: --charts DIR,"
                + " --help");
        assertBadInput(main("report", "a", "--profile", "quick"),
                "error: unknown option '--profile' for report (an option of run, plan, check); accepted: --charts DIR,"
                        + " --help");
        assertEquals(List.of("-jvmArgsAppend", "--enable-preview"),
                RunCommand.parse("-jvmArgsAppend", "--enable-preview").jmhArgs(), "a JVM flag for JMH's forks is no option");
    }

    @Test
    void badValuesAreOneLineWithExitStatusTwoAndWriteNothing() {
        String r = tmp.resolve("results").toString();
        String c = tmp.resolve("charts").toString();
        List<String[]> runs = List.of(
                new String[] {"--profile", "nope", "error: unknown profile 'nope'; accepted: smoke, quick, standard, full"},
                new String[] {"--profile", "error: Missing required parameter for option '--profile'"},
                new String[] {"--profile", "-f", "1", "error: Expected parameter for option '--profile' but found '-f'"},
                new String[] {"--worker-timeout", "0", "error: --worker-timeout must be a whole number of seconds from 1 to"
                        + " 86400, got '0'"},
                new String[] {"--worker-timeout", "abc", "got 'abc'"},
                new String[] {"--worker-timeout=86401", "got '86401'"},
                new String[] {"--worker-timeout", "-1", "got '-1'"},
                new String[] {"-f", "x", "error: bad JMH option: "},
                new String[] {"NoSuchBenchmark", "error: no benchmark matches [NoSuchBenchmark]"},
                new String[] {"Countdown", "-p", "model=fibers", "error: unknown model 'fibers'"});
        for (String[] bad : runs) {
            String[] argv = Stream.concat(Stream.of("--results", r, "--charts", c),
                    Arrays.stream(bad, 0, bad.length - 1)).toArray(String[]::new);
            assertBadInput(main(argv), bad[bad.length - 1]);
        }
        assertBadInput(main("--results", "--charts", c), "error: Expected parameter for option '--results' but found"
                + " '--charts'");
        assertBadInput(main("--results", r, "--charts"), "error: Missing required parameter for option '--charts'");
        assertBadInput(main("report", "--charts", c), "error: report takes one run folder (results/<run-id>), got 0");
        assertBadInput(main("report", "a", "b", "--charts", c), "error: report takes one run folder (results/<run-id>), got 2");
        assertBadInput(main("report", tmp.resolve("nope").toString(), "--charts", c), "does not exist");
        assertBadInput(main("compare", "a", "--charts", c), "error: compare takes two or more runs (run folders or their"
                + " results.csv), got 1");
        assertBadInput(main("compare", "a", "b", "--charts", c, "--baseline"),
                "error: Missing required parameter for option '--baseline'");
        assertFalse(Files.exists(tmp.resolve("results")), "no results written");
        assertFalse(Files.exists(tmp.resolve("charts")), "no charts written");
    }

    private static void assertBadInput(Outcome o, String expected) {
        assertEquals(2, o.status(), o.err());
        assertTrue(o.err().startsWith("error: "), o.err());
        assertTrue(o.err().contains(expected), "'" + o.err() + "' should contain '" + expected + "'");
        assertEquals(1, o.err().lines().count(), "one line: " + o.err());
        assertEquals("", o.out(), "nothing on stdout");
    }

    @Test
    void theJvmExitsTwoWithTheErrorLine() throws Exception {
        List<String> command = List.of(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--profile", "nope", "--results",
                tmp.resolve("bad").toString());
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).redirectOutput(tmp.resolve("out.txt").toFile())
                .start();
        try {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
            assertEquals(2, p.exitValue());
            assertEquals("error: unknown profile 'nope'; accepted: smoke, quick, standard, full\n",
                    Files.readString(err).replace("\r\n", "\n"));
            assertEquals("", Files.readString(tmp.resolve("out.txt")));
            assertFalse(Files.exists(tmp.resolve("bad")));
        } finally {
            p.destroyForcibly();
        }
    }
}

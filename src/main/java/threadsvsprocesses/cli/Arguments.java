package threadsvsprocesses.cli;

import threadsvsprocesses.run.Profile;
import threadsvsprocesses.run.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The suite's own options, taken out of the command line; everything else is left for JMH's parser, so JMH's
 * flags ({@code -f}, {@code -wi}, {@code -i}, {@code -p}, {@code -prof}, regexes, {@code -l}, {@code -h}) work
 * unchanged.
 */
public record Arguments(String command, Profile profile, Path resultsRoot, Path chartsRoot, Integer workerTimeoutSeconds, boolean help,
                 List<String> positional, List<String> jmhArgs, Set<String> parameterNames, String baseline) {

    public static Arguments parse(String[] argv) {
        String command = "run";
        int start = 0;
        if (argv.length > 0 && (argv[0].equals("report") || argv[0].equals("run") || argv[0].equals("compare"))) {
            command = argv[0];
            start = 1;
        }
        Profile profile = Profile.STANDARD;
        Path results = Path.of("results");
        Path charts = Path.of("charts");
        Integer workerTimeout = null;
        String baseline = null;
        boolean help = false;
        List<String> positional = new ArrayList<>();
        List<String> jmh = new ArrayList<>();
        Set<String> paramNames = new LinkedHashSet<>();
        for (int i = start; i < argv.length; i++) {
            String arg = argv[i];
            String name = arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") && arg.startsWith("--") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--profile" -> profile = Profile.byLabel(inline != null ? inline : value(argv, ++i, name));
                case "--results" -> results = Path.of(inline != null ? inline : value(argv, ++i, name));
                case "--charts" -> charts = Path.of(inline != null ? inline : value(argv, ++i, name));
                case "--worker-timeout" -> workerTimeout = seconds(inline != null ? inline : value(argv, ++i, name));
                case "--help" -> help = true;
                case "--baseline" -> {
                    if (!command.equals("compare")) {
                        throw new BadInputException("--baseline belongs to compare (compare A B --baseline A)");
                    }
                    baseline = inline != null ? inline : value(argv, ++i, name);
                }
                default -> {
                    if (command.equals("compare")) {
                        if (arg.startsWith("-")) {
                            throw new BadInputException("unknown option '" + arg + "' for compare; accepted: --baseline RUN,"
                                    + " --charts DIR");
                        }
                        positional.add(arg);
                    } else if (command.equals("report")) {
                        if (arg.startsWith("-")) {
                            throw new BadInputException("unknown option '" + arg + "' for report; accepted: --charts DIR");
                        }
                        positional.add(arg);
                    } else if (arg.startsWith("--")) {
                        throw new BadInputException("unknown option '" + arg + "'; accepted: --profile "
                                + String.join("|", Profile.labels().split(", ")) + ", --results DIR, --charts DIR, --worker-timeout SECONDS, --help,"
                                + " and JMH's options (-h)");
                    } else {
                        jmh.add(arg);
                        if (arg.equals("-p") && i + 1 < argv.length) {
                            String p = argv[i + 1];
                            paramNames.add(p.contains("=") ? p.substring(0, p.indexOf('=')) : p);
                        }
                    }
                }
            }
        }
        return new Arguments(command, profile, results, charts, workerTimeout, help, positional, jmh, paramNames, baseline);
    }

    private static int seconds(String value) {
        try {
            int s = Integer.parseInt(value.trim());
            if (s >= 1 && s <= 86_400) {
                return s;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadInputException("--worker-timeout must be a whole number of seconds from 1 to 86400, got '" + value + "'");
    }

    private static String value(String[] argv, int i, String option) {
        if (i >= argv.length || argv[i].startsWith("-")) {
            throw new BadInputException(option + " needs a value");
        }
        return argv[i];
    }
}

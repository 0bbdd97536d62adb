package threadsvsprocesses.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import threadsvsprocesses.run.BadInputException;
import threadsvsprocesses.run.RunStoppedException;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Bad input, from picocli or from the suite ({@link BadInputException}), as the command line reports it: one line
 * on stderr starting {@code error: } and exit status 2, never a stack trace or a usage dump.
 */
final class CommandLineErrors {

    static final int BAD_INPUT = 2;

    /** picocli's "Unknown option: '-f'; Expected parameter for option '--profile' but found '-f'": -f may be JMH's. */
    private static final Pattern OPTION_WITHOUT_VALUE = Pattern.compile("Unknown option: '.*?'; (Expected parameter .*)");

    private CommandLineErrors() {
    }

    /** picocli's {@code IParameterExceptionHandler}: the command line could not be parsed. */
    static int parameterError(ParameterException e, String[] args) {
        return report(e.getCommandLine(), message(e));
    }

    /** picocli's {@code IExecutionExceptionHandler}: bad input found while running; anything else is a bug. */
    static int executionError(Exception e, CommandLine command, ParseResult parsed) throws Exception {
        if (e instanceof BadInputException) {
            return report(command, e.getMessage());
        }
        if (e instanceof RunStoppedException) {
            report(command, e.getMessage());
            return 1; // the input was good; the run failed
        }
        throw e;
    }

    private static int report(CommandLine command, String message) {
        PrintWriter err = command.getErr();
        err.println("error: " + oneLine(message));
        err.flush();
        return BAD_INPUT;
    }

    /**
     * The message as one line whatever it quotes: a folder name copied in from elsewhere may hold a newline or an
     * escape sequence, shown as {@code \n} or {@code \x1b} instead of breaking the line or driving the terminal.
     */
    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(message.length());
        message.codePoints().forEach(c -> {
            if (c == '\n') {
                s.append("\\n");
            } else if (c == '\r') {
                s.append("\\r");
            } else if (c == '\t') {
                s.append(' ');
            } else if (Character.isISOControl(c)) {
                s.append(String.format(java.util.Locale.ROOT, "\\x%02x", c));
            } else {
                s.appendCodePoint(c);
            }
        });
        return s.toString();
    }

    /** One line saying what was wrong: the suite's own message where it has one, else picocli's. */
    static String message(ParameterException e) {
        if (e.getCause() instanceof BadInputException bad) {
            // thrown by a converter (a profile, a timeout); picocli wraps it in "Invalid value for option ..."
            return bad.getMessage();
        }
        if (e instanceof UnmatchedArgumentException unmatched && unmatched.isUnknownOption()) {
            return unknownOption(e.getCommandLine().getCommandSpec(), unmatched.getUnmatched().get(0));
        }
        String message = String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " ");
        Matcher withoutValue = OPTION_WITHOUT_VALUE.matcher(message);
        return withoutValue.matches() ? withoutValue.group(1) : message;
    }

    /**
     * "unknown option '--bogus' for compare; accepted: --baseline RUN, --charts DIR, --help", naming the commands
     * that do have the option, if any ("(an option of compare)" for {@code run --baseline}).
     */
    static String unknownOption(CommandSpec command, String arg) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        StringBuilder message = new StringBuilder("unknown option '").append(name).append("' for ").append(command.name());
        List<String> owners = new ArrayList<>();
        if (command.parent() != null) {
            for (CommandLine sibling : command.parent().subcommands().values()) {
                if (sibling.getCommandSpec() != command && sibling.getCommandSpec().optionsMap().containsKey(name)) {
                    owners.add(sibling.getCommandName());
                }
            }
        }
        if (!owners.isEmpty()) {
            message.append(" (an option of ").append(String.join(", ", owners)).append(')');
        }
        return message.append("; accepted: ").append(accepted(command)).toString();
    }

    /** The command's options as "--charts DIR, --help, --profile smoke|quick|standard|full, ...". */
    static String accepted(CommandSpec command) {
        return command.options().stream().filter(o -> !o.hidden())
                .sorted(Comparator.comparing(OptionSpec::longestName))
                .map(CommandLineErrors::withValue)
                .collect(Collectors.joining(", "));
    }

    private static String withValue(OptionSpec option) {
        if (option.arity().max() == 0) {
            return option.longestName();
        }
        List<String> candidates = new ArrayList<>();
        if (option.completionCandidates() != null) {
            option.completionCandidates().forEach(candidates::add);
        }
        return option.longestName() + " " + (candidates.isEmpty() ? option.paramLabel() : String.join("|", candidates));
    }
}

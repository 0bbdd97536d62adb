package threadsvsprocesses.cli;

import picocli.CommandLine.Option;

/** {@code --help}, mixed into every command; {@code -h} stays JMH's, which {@code run} hands on to it. */
final class HelpOption {

    @Option(names = "--help", usageHelp = true, description = "Show this command's usage and exit.")
    boolean requested;
}

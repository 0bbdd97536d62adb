package threadsvsprocesses.cli;

import picocli.CommandLine.Command;

/**
 * {@code plan}: {@code run --dry-run} under a name of its own. It takes run's options and JMH's arguments, and prints
 * every cell that would run, grouped by benchmark, the cells that would be skipped with their reasons, and the
 * estimated time; it runs nothing and writes nothing.
 */
@Command(name = "plan",
        header = "Print what a run would measure, skip and take, running and writing nothing (run --dry-run).",
        description = {"Takes the options and JMH arguments of run, and prints every cell that would run, grouped by"
                + " benchmark, the cells that would be skipped with their reasons, and the estimated time.",
                "The core count is the JVM's: java -XX:ActiveProcessorCount=64 -jar benchmarks.jar plan shows the"
                + " plan of a 64-core machine."})
public final class PlanCommand extends RunCommand {

    @Override
    public boolean planOnly() {
        return true;
    }
}

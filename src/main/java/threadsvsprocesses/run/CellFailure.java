package threadsvsprocesses.run;

import threadsvsprocesses.execution.ThreadLimitException;
import threadsvsprocesses.run.RunFolder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Why a cell failed, read from JMH's output for it, and whether that makes it skipped rather than failed. */
final class CellFailure {

    private static final Pattern EXCEPTION_LINE = Pattern.compile("(?m)^([\\w.$]+(?:Exception|Error)(?::[^\\n]*)?)$");

    private CellFailure() {
    }

    /**
     * What benchmarks say, at the start of an error message, when this JDK does not offer what a cell asks for
     * (e.g. a process launch mechanism it rejects): the cell is then skipped, not failed.
     */
    static final String UNSUPPORTED_JDK = "unsupported on this JDK:";
    /** The same, for what the machine lacks (e.g. {@code /bin/true}). */
    static final String UNSUPPORTED_MACHINE = "unsupported on this machine:";

    /**
     * True when a cell failed because the machine refused a resource (threads) or the JDK does not offer what it
     * measures, which makes it skipped.
     */
    static boolean isMachineLimit(String reason) {
        return reason.contains(ThreadLimitException.class.getName()) || reason.contains(UNSUPPORTED_JDK)
                || reason.contains(UNSUPPORTED_MACHINE);
    }

    /** The first exception line JMH printed for the failed benchmark, or a pointer to the log. */
    static String reason(String output) {
        int failure = output.indexOf("<failure>");
        Matcher m = EXCEPTION_LINE.matcher(failure >= 0 ? output.substring(failure) : output);
        String found = null;
        while (m.find()) {
            found = m.group(1).trim();
            if (!found.startsWith("org.openjdk.jmh")) {
                break;
            }
        }
        return found == null ? "JMH gave no result; see " + RunFolder.LOG : "benchmark failed: " + found;
    }
}

package threadsvsprocesses.report.claims;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import threadsvsprocesses.report.rows.RunRows;
import threadsvsprocesses.run.RunFolder;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The claims of {@code ../shared/reference/claims.md} (C1 to C12), each with the rule that judges it, and
 * {@code claims.csv}: one row per claim with columns id, claim, verdict, evidence, rule, deciding (the one figure that
 * decided the verdict, appended last so that readers of the first five columns go on working) and runtimes (the
 * verdicts of C1 and C2 on each CPython interpreter the run measured, e.g. "CPython 3.11.7 (GIL): holds (countdown
 * cpython-thread at 2 workers: speedup 0.97)", joined by " | "; the verdict column is the JVM's).
 */
public final class Claims {

    /** The file name of the verdicts in the run folder, beside results.csv. */
    public static final String CSV = "claims.csv";
    /** The columns of claims.csv, in order. */
    public static final List<String> HEADER = List.of("id", "claim", "verdict", "evidence", "rule", "deciding",
            "runtimes");

    /** Every rule, C1 to C12 in order. */
    public static final List<ClaimRule> RULES = List.of(
            new C1ProcessesUseAllCores(), new C2ThreadsDoNotSpeedUp(), new C3SleepersFinishTogether(),
            new C4ProcessStartIsSlow(), new C5ProcessesAreHeavy(), new C6MessagingCostsMore(),
            new C7RacesLoseUpdates(), new C8ProcessesShareNothing(), new C9ProcessesCanBeKilled(),
            new C10PoolsDivideWork(), new C11ForkIsFaster(), new C12VirtualThreadsMakeBlockingCheap());

    private Claims() {
    }

    /** Every claim judged on the rows of one run, on a machine with {@code cores} processors. */
    public static List<ClaimResult> judge(RunRows rows, int cores) {
        RunData run = new RunData(rows, cores);
        return RULES.stream().map(r -> r.judge(run)).toList();
    }

    /** Writes claims.csv to {@code target} atomically. */
    public static void write(Path target, List<ClaimResult> results) {
        RunFolder.writeAtomically(target, render(results));
    }

    /** The text of claims.csv. */
    public static String render(List<ClaimResult> results) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new))
                .setRecordSeparator("\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (ClaimResult c : results) {
                csv.printRecord(c.id(), c.claim(), c.verdict().text(), c.evidenceLine(), c.rule(), c.deciding(),
                        c.runtimesLine());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

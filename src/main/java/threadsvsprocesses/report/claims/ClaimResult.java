package threadsvsprocesses.report.claims;

import java.util.List;

/**
 * A claim judged on one run.
 *
 * @param id       C1 to C12
 * @param claim    the claim, as the tutorials make it
 * @param verdict  what this run says
 * @param evidence the figures of this run that bear on it, one line each (checks first, then context)
 * @param rule     the rule that turned the figures into the verdict
 * @param noisy    the noisy cells among those the rule read, each with its noise; empty when none was noisy
 * @param deciding the one figure that decided the verdict, as its evidence line gives it (the failed check, the one
 *                 whose error bar straddles its threshold, or the tightest pass; for a claim not measured, the part
 *                 missing); empty where none is known
 * @param runtimes the same claim judged on each CPython interpreter of the run, by the same rule (C1 and C2); empty
 *                 for the other claims and for a run without CPython
 */
public record ClaimResult(String id, String claim, Verdict verdict, List<String> evidence, String rule,
                          List<String> noisy, String deciding, List<RuntimeVerdict> runtimes) {

    public ClaimResult {
        evidence = List.copyOf(evidence);
        noisy = noisy == null ? List.of() : List.copyOf(noisy);
        deciding = deciding == null ? "" : deciding;
        runtimes = runtimes == null ? List.of() : List.copyOf(runtimes);
    }

    /** A claim judged on the JVM alone. */
    public ClaimResult(String id, String claim, Verdict verdict, List<String> evidence, String rule,
                       List<String> noisy, String deciding) {
        this(id, claim, verdict, evidence, rule, noisy, deciding, List.of());
    }

    /** The verdicts on the other runtimes, as claims.csv's {@code runtimes} column holds them, joined by " | ". */
    public String runtimesLine() {
        return String.join(" | ", runtimes.stream().map(RuntimeVerdict::describe).toList());
    }

    public ClaimResult(String id, String claim, Verdict verdict, List<String> evidence, String rule) {
        this(id, claim, verdict, evidence, rule, List.of(), "");
    }

    /** Whether the evidence includes a cell measured while the machine was busy. */
    public boolean noisyEvidence() {
        return !noisy.isEmpty();
    }

    /** The evidence as one line, its parts joined by "; " (as in claims.csv). */
    public String evidenceLine() {
        return String.join("; ", evidence);
    }
}

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
 */
public record ClaimResult(String id, String claim, Verdict verdict, List<String> evidence, String rule,
                          List<String> noisy) {

    public ClaimResult {
        evidence = List.copyOf(evidence);
        noisy = noisy == null ? List.of() : List.copyOf(noisy);
    }

    public ClaimResult(String id, String claim, Verdict verdict, List<String> evidence, String rule) {
        this(id, claim, verdict, evidence, rule, List.of());
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

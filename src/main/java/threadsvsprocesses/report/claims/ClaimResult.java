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
 */
public record ClaimResult(String id, String claim, Verdict verdict, List<String> evidence, String rule) {

    public ClaimResult {
        evidence = List.copyOf(evidence);
    }

    /** The evidence as one line, its parts joined by "; " (as in claims.csv). */
    public String evidenceLine() {
        return String.join("; ", evidence);
    }
}

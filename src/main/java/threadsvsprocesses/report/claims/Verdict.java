package threadsvsprocesses.report.claims;

/** What a run says about a claim. */
public enum Verdict {
    /** Every check of the claim's rule passed, beyond the error bars. */
    HOLDS("holds"),
    /** At least one check failed, beyond the error bars. */
    DOES_NOT_HOLD("does not hold on this JVM"),
    /** No check failed, but at least one check's error bars straddle its threshold. */
    INCONCLUSIVE("inconclusive"),
    /** The run holds none of the rows the rule needs (a run of a subset, or those cells were skipped or failed). */
    NOT_MEASURED("not measured in this run");

    private final String text;

    Verdict(String text) {
        this.text = text;
    }

    /** The verdict without "on this JVM": the words for another runtime's verdict ("does not hold"). */
    public String plain() {
        return this == DOES_NOT_HOLD ? "does not hold" : text;
    }

    /** The verdict as written in the report and in claims.csv. */
    public String text() {
        return text;
    }
}

package threadsvsprocesses.report.claims;

/**
 * The rule of one claim: which rows of a run bear on it, and the checks that decide its verdict. Each subclass
 * states its rule in words ({@link #rule()}), shown beside the verdict in the report.
 */
public abstract class ClaimRule {

    private final String id;
    private final String claim;
    private final String rule;

    protected ClaimRule(String id, String claim, String rule) {
        this.id = id;
        this.claim = claim;
        this.rule = rule;
    }

    /** C1 to C12. */
    public String id() {
        return id;
    }

    /** The claim as the tutorials make it. */
    public String claim() {
        return claim;
    }

    /** The rule in words. */
    public String rule() {
        return rule;
    }

    /** Adds this run's checks, context figures and missing parts to {@code evidence}. */
    abstract void examine(RunData run, Evidence evidence);

    /** The claim judged on {@code run}. */
    public ClaimResult judge(RunData run) {
        Evidence evidence = new Evidence();
        examine(run, evidence);
        return new ClaimResult(id, claim, evidence.verdict(), evidence.lines(), rule);
    }
}

package threadsvsprocesses.report.claims;

import java.util.ArrayList;
import java.util.List;

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

    /**
     * Adds the checks of this claim on one CPython interpreter's rows ({@code runtime}) to {@code evidence}, for a
     * rule that judges CPython too ({@link #judgesCpython}).
     */
    void examineCpython(RunData run, Evidence evidence, String runtime) {
        throw new UnsupportedOperationException(id + " judges the JVM only");
    }

    /** Whether this rule judges CPython's models as well (C1, C2); the others are the JVM's only. */
    boolean judgesCpython() {
        return false;
    }

    /**
     * The claim judged on {@code run}. A verdict whose evidence includes a noisy cell stays as the rule gives it; its
     * evidence ends with a line naming those cells, and the page marks the verdict.
     */
    public ClaimResult judge(RunData run) {
        RunData tracked = run.fresh();
        Evidence evidence = new Evidence();
        examine(tracked, evidence);
        List<String> noisy = new ArrayList<>(tracked.noisyRead());
        List<RuntimeVerdict> runtimes = new ArrayList<>();
        if (judgesCpython()) {
            for (String runtime : run.cpythonRuntimes()) {
                RunData other = run.fresh();
                Evidence own = new Evidence();
                examineCpython(other, own, runtime);
                runtimes.add(new RuntimeVerdict(runtime, own.verdict(), own.deciding(), own.lines()));
                other.noisyRead().stream().filter(n -> !noisy.contains(n)).forEach(noisy::add);
            }
        }
        List<String> lines = new ArrayList<>(evidence.lines());
        if (!noisy.isEmpty()) {
            lines.add(NOISY + String.join("; ", noisy));
        }
        return new ClaimResult(id, claim, evidence.verdict(), lines, rule, noisy, evidence.deciding(), runtimes);
    }

    /** How the evidence line naming noisy cells starts. */
    public static final String NOISY = "noisy evidence, measured while the machine was busy: ";
}

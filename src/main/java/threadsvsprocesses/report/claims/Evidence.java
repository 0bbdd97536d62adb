package threadsvsprocesses.report.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a rule found in a run: its checks, figures shown for context only, and the parts of the claim it could not
 * find rows for. Turns them into a verdict:
 * any failed check: does not hold (one clear counter-example is enough);
 * else a missing part or no check at all: not measured;
 * else a check whose error bar straddles its threshold: inconclusive;
 * else: holds.
 */
final class Evidence {

    private final List<Check> checks = new ArrayList<>();
    private final List<String> context = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();

    void check(Check c) {
        checks.add(c);
    }

    /** A figure that bears on the claim without deciding it. */
    void note(String line) {
        context.add(line);
    }

    /** A part of the claim the run has no rows for, e.g. "no child-jvm start-up measured". */
    void missing(String what) {
        missing.add(what);
    }

    List<Check> checks() {
        return checks;
    }

    Verdict verdict() {
        if (checks.stream().anyMatch(c -> c.outcome() == Check.Outcome.FAIL)) {
            return Verdict.DOES_NOT_HOLD;
        }
        if (!missing.isEmpty() || checks.isEmpty()) {
            return Verdict.NOT_MEASURED;
        }
        if (checks.stream().anyMatch(c -> c.outcome() == Check.Outcome.UNSURE)) {
            return Verdict.INCONCLUSIVE;
        }
        return Verdict.HOLDS;
    }

    /**
     * What decided the verdict, in one line: the clearest failure where a check failed, else the first check whose
     * error bar straddles its threshold, else the tightest pass (by {@link Check#margin}); for a claim not measured,
     * the first part missing.
     */
    String deciding() {
        if (verdict() == Verdict.NOT_MEASURED) {
            return missing.isEmpty() ? "no figure the rule needs was measured" : "not measured: " + missing.get(0);
        }
        return checks.stream().min(Comparator.comparingInt((Check c) -> switch (c.outcome()) {
            case FAIL -> 0;
            case UNSURE -> 1;
            case PASS -> 2;
        }).thenComparingDouble(Check::margin)).map(Check::text).orElse("");
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        checks.forEach(c -> lines.add(c.text()));
        lines.addAll(context);
        missing.forEach(m -> lines.add("not measured: " + m));
        return lines;
    }
}

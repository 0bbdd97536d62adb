package threadsvsprocesses.report.claims;

import java.util.List;

/**
 * A claim judged on one more runtime of the same run: CPython's models, by the same rule as the JVM's, read from the
 * rows of one interpreter. The claims table shows one per runtime beside the JVM's verdict.
 *
 * @param runtime  the interpreter, e.g. {@code CPython 3.11.7 (GIL)}
 * @param verdict  what its rows say
 * @param deciding the figure that decided it, as its evidence line gives it
 * @param evidence its figures, one line each
 */
public record RuntimeVerdict(String runtime, Verdict verdict, String deciding, List<String> evidence) {

    public RuntimeVerdict {
        evidence = List.copyOf(evidence);
        deciding = deciding == null ? "" : deciding;
    }

    /** "CPython 3.11.7 (GIL): holds (countdown cpython-thread at 2 workers: speedup 0.97)". */
    public String describe() {
        return runtime + ": " + verdict.plain() + (deciding.isEmpty() ? "" : " (" + deciding + ")");
    }
}

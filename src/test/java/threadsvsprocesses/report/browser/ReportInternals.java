package threadsvsprocesses.report.browser;

import threadsvsprocesses.report.ResultRow;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;

/**
 * The report package's own formatting (ReportFormat) and test fixtures (Fixtures, RunFixture), which are
 * package-private in threadsvsprocesses.report, reached by reflection: the browser tests live in a package of their
 * own, and must format numbers exactly as the page does rather than with a copy of its rules that could drift.
 * A renamed method fails here, naming it.
 */
final class ReportInternals {

    private static final String PACKAGE = "threadsvsprocesses.report.";

    private ReportInternals() {
    }

    /** Writes machine.json, plan.json and JMH files of Fixtures.full: every workload and model, skipped and failed cells. */
    static void writeFullRun(Path runDir) {
        Object fixture = call(method("Fixtures", "full", Path.class), null, runDir);
        call(method("RunFixture", "write"), fixture);
    }

    /** ReportFormat.time: the time column, e.g. "215.0 ± 4.0", a dash unless measured. */
    static String time(ResultRow r) {
        return format("time", r);
    }

    /** ReportFormat.speedup, e.g. "3.72×", empty without one. */
    static String speedup(ResultRow r) {
        return format("speedup", r);
    }

    /** ReportFormat.efficiency, e.g. "93%", empty without one. */
    static String efficiency(ResultRow r) {
        return format("efficiency", r);
    }

    /** ReportFormat.workers: the workers column, empty where unknown. */
    static String workers(ResultRow r) {
        return format("workers", r);
    }

    /** ReportFormat.reason: a not-done row's reason, or a note that none was recorded. */
    static String reason(ResultRow r) {
        return format("reason", r);
    }

    private static String format(String name, ResultRow r) {
        return (String) call(method("ReportFormat", name, ResultRow.class), null, r);
    }

    private static Method method(String className, String name, Class<?>... parameters) {
        try {
            Method m = Class.forName(PACKAGE + className).getDeclaredMethod(name, parameters);
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(PACKAGE + className + "." + name + " is gone or changed: " + e, e);
        }
    }

    private static Object call(Method m, Object target, Object... args) {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(m + " failed: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(m + " is not reachable: " + e, e);
        }
    }
}

package threadsvsprocesses.cpython;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The interpreter the CPython tests run: {@code python3} on the PATH. Where there is none the tests are skipped,
 * unless {@code -Dtvp.requirePython=true} is given (CI gives it, having installed python3), which makes them fail.
 */
final class Pythons {

    private Pythons() {
    }

    /** python3's description, or the test is skipped (failed under tvp.requirePython). */
    static PythonInterpreter python3() {
        try {
            return PythonInterpreter.probe(PythonInterpreter.DEFAULT_COMMAND);
        } catch (IOException e) {
            if (Boolean.getBoolean("tvp.requirePython")) {
                fail("tvp.requirePython is set, but " + e.getMessage());
            }
            assumeTrue(false, "no python3: " + e.getMessage());
            throw new AssertionError("unreachable");
        }
    }
}

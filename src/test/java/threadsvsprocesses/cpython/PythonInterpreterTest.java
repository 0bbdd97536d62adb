package threadsvsprocesses.cpython;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the suite finds out about an interpreter, and the one-line reasons when there is none to use. */
class PythonInterpreterTest {

    @TempDir
    Path tmp;

    @Test
    void python3IsDescribedWithItsVersionBuildAndStartMethods() {
        PythonInterpreter python = Pythons.python3();
        assertTrue(python.version().matches("3\\.\\d+\\.\\d+"), python.version());
        assertTrue(python.runtime().matches("CPython 3\\.\\d+\\.\\d+ \\((GIL|free-threaded)\\)"), python.runtime());
        assertTrue(python.startMethods().contains("spawn"), "every platform has spawn: " + python.startMethods());
        assertTrue(python.offers(CpythonModel.CPYTHON_THREAD), "a model without a start method is always offered");
    }

    @Test
    void aRuntimeNamesItsBuild() {
        PythonInterpreter gil = new PythonInterpreter("python3", "cpython", "3.11.7", false, java.util.List.of("fork"));
        PythonInterpreter free = new PythonInterpreter("python3.13t", "cpython", "3.13.1", true, java.util.List.of("spawn"));
        assertEquals("CPython 3.11.7 (GIL)", gil.runtime());
        assertEquals("CPython 3.13.1 (free-threaded)", free.runtime());
        assertTrue(gil.offers(CpythonModel.CPYTHON_PROCESS_FORK));
        assertFalse(free.offers(CpythonModel.CPYTHON_PROCESS_FORK));
    }

    @Test
    void aMissingInterpreterIsOneLineNamingIt() {
        IOException onPath = assertThrows(IOException.class, () -> PythonInterpreter.probe("no-such-python-tvp"));
        assertEquals("no-such-python-tvp cannot be started (not on the PATH)", onPath.getMessage());
        Path missing = tmp.resolve("bin/python3");
        IOException byPath = assertThrows(IOException.class, () -> PythonInterpreter.probe(missing.toString()));
        assertEquals(missing + " cannot be started (no such program)", byPath.getMessage());
    }

    @Test
    void aProgramThatIsNoPythonIsRefusedWithWhatItSaid() throws IOException {
        Path fake = tmp.resolve("python3");
        Files.writeString(fake, "#!/bin/sh\necho 'Python 2.7.18 is all I am'\nexit 3\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        IOException e = assertThrows(IOException.class, () -> PythonInterpreter.probe(fake.toString()));
        assertEquals(fake + " is not a Python 3 this suite can use (exit 3: Python 2.7.18 is all I am)", e.getMessage());
    }
}

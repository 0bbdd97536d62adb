package threadsvsprocesses.run;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CPython's cells in the plan: every model named, skipped with the reason where the interpreter is missing. */
class CpythonCellsTest {

    @AfterEach
    void clear() {
        System.clearProperty(CpythonCells.REQUIRE_PROPERTY);
    }

    @Test
    void aMissingInterpreterMakesSkippedCellsThatSayWhy() throws Exception {
        List<PlannedCell> cells = CellPlannerTest.plan(Profile.STANDARD, 2, "CpythonBenchmark.countdown",
                "-p", "python=/nowhere/python3");
        assertEquals(6, cells.stream().map(c -> c.params().get("model")).distinct().count(), "every model is listed");
        for (PlannedCell c : cells) {
            assertEquals(PlannedCell.Status.SKIPPED, c.status(), c.toString());
            assertEquals("no Python interpreter: /nowhere/python3 cannot be started (no such program); name one with"
                    + " --python PATH", c.reason());
        }
    }

    @Test
    void requiringPythonMakesAMissingOneAnError() {
        System.setProperty(CpythonCells.REQUIRE_PROPERTY, "true");
        BadInputException e = assertThrows(BadInputException.class, () -> CellPlannerTest.plan(Profile.SMOKE, 2,
                "CpythonBenchmark", "-p", "python=/nowhere/python3"));
        assertTrue(e.getMessage().startsWith("tvp.requirePython is set, but /nowhere/python3 cannot be started"),
                e.getMessage());
    }

    @Test
    void theModelParameterSelectsFromBothRuntimes() throws Exception {
        List<PlannedCell> cells = CellPlannerTest.plan(Profile.QUICK, 2, "CountdownBenchmark",
                "CpythonBenchmark.countdown", "-p", "model=virtual-thread,cpython-thread");
        Set<String> models = cells.stream().map(c -> c.params().get("model")).collect(Collectors.toSet());
        assertEquals(Set.of("virtual-thread", "cpython-thread"), models);
        BadInputException e = assertThrows(BadInputException.class, () -> CellPlannerTest.plan(Profile.QUICK, 2,
                "CountdownBenchmark", "-p", "model=cpython-fiber"));
        assertTrue(e.getMessage().startsWith("unknown CPython model 'cpython-fiber'; accepted: cpython-single,")
                || e.getMessage().startsWith("unknown model 'cpython-fiber'; accepted: single-thread,"), e.getMessage());
    }

    @Test
    void pythonOptionAddsInterpretersBesidePython3() throws Exception {
        List<PlannedCell> cells = CellPlannerTest.plan(Profile.QUICK, 2, "--python", "/nowhere/python3.13t",
                "CpythonBenchmark.sleep");
        Set<String> pythons = cells.stream().map(c -> c.params().get("python")).collect(Collectors.toSet());
        assertEquals(Set.of("python3", "/nowhere/python3.13t"), pythons);
        assertThrows(BadInputException.class, () -> CellPlannerTest.plan(Profile.QUICK, 2, "--python", "a,b",
                "CpythonBenchmark.sleep"));
    }

    @Test
    void cpythonSizesAreItsOwnAndEachCellSaysItsRuntime() throws Exception {
        List<PlannedCell> cells = CellPlannerTest.plan(Profile.STANDARD, 2, "CpythonBenchmark");
        for (PlannedCell c : cells) {
            switch (c.workload()) {
                case "countdown" -> assertEquals(String.valueOf(CpythonCells.COUNTDOWN_STEPS), c.params().get("count"));
                case "squares" -> assertEquals(String.valueOf(CpythonCells.SQUARES_TERMS), c.params().get("count"));
                default -> assertEquals(String.valueOf(CpythonCells.SLEEP_TASKS), c.params().get("tasks"));
            }
            if (c.status() == PlannedCell.Status.PLANNED) {
                assertTrue(c.params().get("runtime").startsWith("CPython 3."), c.params().toString());
            }
        }
    }
}

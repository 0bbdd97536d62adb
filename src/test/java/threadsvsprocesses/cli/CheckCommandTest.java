package threadsvsprocesses.cli;

import org.junit.jupiter.api.Test;
import threadsvsprocesses.run.BadInputException;
import threadsvsprocesses.run.noise.NoisePolicy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code check} on this machine: its description and, with exit 1, what would distort a run, or exit 0 when nothing
 * would (which of the two depends on what else runs here now, so both are accepted, each with its own output); and the
 * run options {@code --on-noise} and {@code --wait}.
 */
class CheckCommandTest {

    @Test
    void checkDescribesTheMachineAndExitsOneExactlyWhenSomethingWouldDistortARun() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"check", "--profile", "smoke"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertTrue(text.startsWith("threads-vs-processes check: "), text);
        for (String fact : new String[] {"logical CPUs", "physical cores", "SMT siblings", "frequency", "hypervisor",
                "CPU quota", "memory limit", "transparent huge pages", "load average", "busiest other processes"}) {
            assertTrue(text.contains("\n  " + fact + ": "), fact + " in " + text);
        }
        if (status == 0) {
            assertTrue(text.endsWith("Nothing would distort a smoke run now.\n"), text);
        } else {
            assertEquals(1, status, text);
            assertTrue(text.contains("What would distort a smoke run now:\n! "), text);
        }
        assertFalse(text.contains("Exception"), text);
    }

    @Test
    void checkRefusesAnUnknownProfileInOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"check", "--profile", "nope"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertEquals("error: unknown profile 'nope'; accepted: smoke, quick, standard, full\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void onNoiseAndWaitAreRunOptions() {
        RunCommand run = RunCommand.parse("--on-noise", "stop", "--wait", "Countdown");
        assertEquals(NoisePolicy.STOP, run.onNoise());
        assertTrue(run.waitForLock());
        RunCommand defaults = RunCommand.parse("Countdown");
        assertEquals(NoisePolicy.RETRY, defaults.onNoise(), "retry is the default");
        assertFalse(defaults.waitForLock());
        BadInputException e = assertThrows(BadInputException.class, () -> RunCommand.parse("--on-noise", "never"));
        assertEquals("unknown --on-noise 'never'; accepted: retry, retry-always, keep, stop", e.getMessage());
    }
}

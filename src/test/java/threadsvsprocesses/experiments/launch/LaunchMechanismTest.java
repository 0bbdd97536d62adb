package threadsvsprocesses.experiments.launch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import threadsvsprocesses.execution.JavaCommand;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static threadsvsprocesses.experiments.NoChildLeft.assertNoChildLeft;

/**
 * The launch mechanism takes effect in a fresh JVM, is refused once a process has been started, and a mechanism
 * the JDK rejects gives a one-line "unsupported on this JDK:" error. Each case runs in a fresh child JVM, as a JMH
 * fork would, since this test JVM has long since started processes (and a rejected mechanism would leave it
 * unable to start any).
 */
class LaunchMechanismTest {

    @BeforeAll
    static void binTrueIsThere() {
        assumeTrue(Files.isExecutable(Path.of("/bin/true")), "/bin/true is absent here");
    }

    @AfterEach
    void noChildIsLeft() throws InterruptedException {
        assertNoChildLeft(5_000);
    }

    @Test
    void forkAndPosixSpawnStartProcessesInAFreshJvm() throws Exception {
        assertEquals("OK 0 FORK", run("FORK", "fresh", "checked").out);
        assertEquals("OK 0 POSIX_SPAWN", run("POSIX_SPAWN", "fresh", "checked").out);
    }

    @Test
    void vforkRunsOrIsRejectedAsUnsupportedAndJdk25WarnsThatItIsDeprecated() throws Exception {
        Result r = run("VFORK", "fresh", "checked");
        assertTrue(r.out.equals("OK 0 VFORK") || r.out.startsWith("ERR java.lang.UnsupportedOperationException: "
                + LaunchMechanism.UNSUPPORTED), r.out);
        if (Runtime.version().feature() == 25) {
            // JDK 25 prints this when ProcessImpl reads VFORK: proof that the property set at run time was read.
            assertEquals("OK 0 VFORK", r.out);
            assertTrue(r.err.contains("VFORK MODE DEPRECATED"), r.err);
        }
    }

    @Test
    void aMechanismTheJdkRejectsGivesAOneLineUnsupportedError() throws Exception {
        Result r = run("NOSUCH", "fresh", "as-the-jdk-decides");
        String prefix = "ERR java.lang.UnsupportedOperationException: ";
        assertTrue(r.out.startsWith(prefix + "unsupported on this JDK: NOSUCH is not a supported process launch"
                + " mechanism on this platform"), r.out);
        assertTrue(r.out.contains("(Java " + Runtime.version().feature()), "names the Java version: " + r.out);
        assertEquals(1, r.out.lines().count(), r.out);
    }

    @Test
    void aMechanismCannotBeAppliedOnceTheJvmHasStartedAProcess() throws Exception {
        Result r = run("FORK", "after-a-start", "checked");
        assertTrue(r.out.startsWith("ERR java.lang.IllegalStateException: cannot apply launch mechanism FORK: this JVM"
                + " has already started a process under the default mechanism"), r.out);
    }

    @Test
    void anUnknownMechanismIsBadInputNamingTheAcceptedOnesAndTouchesNothing() {
        String before = System.getProperty(LaunchMechanism.PROPERTY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LaunchMechanism.apply("SPAWN", () -> {
                    throw new AssertionError("no process may be started for a bad mechanism");
                }));
        assertEquals("unknown launch mechanism 'SPAWN'; accepted: POSIX_SPAWN, FORK, VFORK", e.getMessage());
        assertEquals(before, System.getProperty(LaunchMechanism.PROPERTY));
    }

    @Test
    void theJdksReasonIsFoundOnTheFirstAndOnLaterStarts() {
        Error jdk = new Error("VFORK is not a supported process launch mechanism on this platform: LINUX");
        assertEquals(jdk.getMessage(), LaunchMechanism.rejection(new ExceptionInInitializerError(jdk)));
        NoClassDefFoundError later = new NoClassDefFoundError("Could not initialize class java.lang.ProcessImpl");
        later.initCause(new ExceptionInInitializerError("Exception java.lang.Error: VFORK is not a supported process"
                + " launch mechanism on this platform: LINUX [in thread \"main\"]"));
        assertEquals(jdk.getMessage(), LaunchMechanism.rejection(later));
        assertNull(LaunchMechanism.rejection(new OutOfMemoryError("unable to create native thread")));
    }

    private record Result(String out, String err) {
    }

    private static Result run(String... args) throws Exception {
        Process p = new ProcessBuilder(JavaCommand.defaultChild(FreshJvmLaunch.class, args)).start();
        try {
            p.getOutputStream().close();
            // Both outputs are small (a line, or JDK 25's five-line VFORK warning): read one, then the other.
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the child JVM ended");
            return new Result(out, err);
        } finally {
            p.destroyForcibly();
        }
    }
}

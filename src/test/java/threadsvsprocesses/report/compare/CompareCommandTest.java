package threadsvsprocesses.report.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compare subcommand as a user runs it: a real JVM, its exit status and its output. */
class CompareCommandTest {

    @TempDir
    Path tmp;

    private record Outcome(int status, String out, String err) {
    }

    private Outcome main(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "threadsvsprocesses.cli.Main"));
        command.addAll(List.of(args));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        try {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "compare finished");
            return new Outcome(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void comparesTwoRunsAndSaysWhereThePageIs() throws Exception {
        Path laptop = CompareFixtures.laptop().writeRun(tmp.resolve(CompareFixtures.LAPTOP_ID));
        Path charts = tmp.resolve("charts");
        Outcome o = main("compare", CompareFixtures.REFERENCE.getParent().toString(), laptop.toString(),
                "--charts", charts.toString(), "--baseline", CompareFixtures.LAPTOP_ID);
        assertEquals(0, o.status(), o.err());
        Path dir = charts.toAbsolutePath().resolve("compare-20261124T163710Z-vm--20261201T090000Z-laptop");
        assertTrue(o.out().contains("Report:  " + dir.resolve("index.html")), o.out());
        assertTrue(Files.isRegularFile(dir.resolve("comparison.csv")));
    }

    @Test
    void badInputIsOneLineAndExitStatusTwo() throws Exception {
        Path charts = tmp.resolve("charts");
        Path missing = tmp.resolve("missing");
        Outcome o = main("compare", CompareFixtures.REFERENCE.getParent().toString(), missing.toString(),
                "--charts", charts.toString());
        assertEquals(2, o.status());
        assertEquals("error: " + missing + ": no such file or folder; expected a run folder (results/<run-id>) or its"
                + " results.csv\n", o.err().replace("\r\n", "\n"));
        assertFalse(Files.exists(charts));

        Outcome one = main("compare", CompareFixtures.REFERENCE.getParent().toString());
        assertEquals(2, one.status());
        assertTrue(one.err().startsWith("error: compare takes two or more runs"), one.err());

        Outcome option = main("compare", "a", "b", "--bogus");
        assertEquals(2, option.status());
        assertTrue(option.err().startsWith("error: unknown option '--bogus' for compare; accepted: --baseline RUN,"
                + " --charts DIR"), option.err());
    }
}

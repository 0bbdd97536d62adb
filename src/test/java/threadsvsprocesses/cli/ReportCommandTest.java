package threadsvsprocesses.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code report} refuses what it cannot file in one line, with exit 2, before writing anything. */
class ReportCommandTest {

    @TempDir
    Path tmp;

    /** {@code report /}: a folder without a file name used to end in a NullPointerException's stack trace. */
    @Test
    void reportOfTheRootFolderIsOneLineExit2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"report", "/", "--charts", tmp.resolve("c").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, status, message);
        assertTrue(message.startsWith("error: run folder / has no name"), message);
        assertEquals(message.length() - 1, message.indexOf('\n'), "one line: " + message);
        assertFalse(Files.exists(tmp.resolve("c")));
    }

    /** A folder name copied in from elsewhere may hold a newline: the error still is one line. */
    @Test
    void aFolderNameWithANewlineStaysOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String odd = tmp.resolve("run\nsecond line\u001b[2J").toString();
        int status = Main.run(new String[] {"report", odd, "--charts", tmp.resolve("c").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, status, message);
        assertEquals(message.length() - 1, message.indexOf('\n'), "one line: " + message);
        assertTrue(message.contains("run\\nsecond line\\x1b[2J"), message);
        assertFalse(Files.exists(tmp.resolve("c")));
    }
}

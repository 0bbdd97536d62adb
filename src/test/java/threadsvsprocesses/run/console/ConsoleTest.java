package threadsvsprocesses.run.console;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The suite's console: plain lines when output is not a terminal, a live line redrawn in place when it is. */
class ConsoleTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aPlainConsoleWritesLinesOnlyAndNoControlCharacter() {
        Console console = Console.plain(out);
        console.line("[1/2] countdown · single-thread   82.1 ± 0.2 ms/op");
        console.status("[2/2] countdown · multi-thread: fork 1/2, warm-up 1/5");
        console.clearStatus();
        console.stream().println("[noisy] a warning");
        assertEquals("[1/2] countdown · single-thread   82.1 ± 0.2 ms/op\n[noisy] a warning\n",
                text().replace(System.lineSeparator(), "\n"));
        assertTrue(text().chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r'), "no control character: " + text());
        assertFalse(text().contains("\r\u001b"), text());
    }

    @Test
    void aConsoleIsLiveOnlyOnThisJvmsOwnTerminal() {
        assertFalse(Console.of(out).isLive(), "a stream that is not standard output is never a terminal");
    }

    @Test
    void aLiveConsoleRedrawsOneLineInPlaceAndKeepsItBelowNewLines() {
        Console console = Console.live(out, 40);
        console.status("cell 1: warm-up 1/5");
        console.status("cell 1: warm-up 2/5");
        console.line("a line of its own");
        console.status("cell 1: a status much longer than the forty columns of this terminal");
        console.clearStatus();
        console.line("[1/1] done");
        String expected = "\rcell 1: warm-up 1/5\u001b[K"
                + "\rcell 1: warm-up 2/5\u001b[K"
                + "\r\u001b[K" + "a line of its own\n" + "cell 1: warm-up 2/5"
                + "\rcell 1: a status much longer than the f\u001b[K" // 39 columns: the cursor stays on the line
                + "\r\u001b[K"
                + "[1/1] done\n";
        assertEquals(expected, text().replace(System.lineSeparator(), "\n"));
        assertEquals(40, console.width());
    }
}

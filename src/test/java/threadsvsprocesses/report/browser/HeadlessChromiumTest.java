package threadsvsprocesses.report.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The browser tooling itself: finding the browser, seeing what a page loads and fetches, the timeout, cleanup. */
class HeadlessChromiumTest {

    @TempDir
    Path tmp;

    @AfterEach
    void noBrowserProcessIsLeft() {
        assertEquals(List.of(), HeadlessChromium.leftovers(), "chromium processes left running");
    }

    @Test
    void aMissingBrowserSkipsTheTestOrFailsItWhenRequiredSayingHowToInstallIt() {
        String savedName = System.getProperty(HeadlessChromium.EXECUTABLE_PROPERTY);
        String savedRequire = System.getProperty(HeadlessChromium.REQUIRE_PROPERTY);
        try {
            System.setProperty(HeadlessChromium.EXECUTABLE_PROPERTY, "no-such-chromium-tvp");
            System.clearProperty(HeadlessChromium.REQUIRE_PROPERTY);
            assertTrue(HeadlessChromium.find().isEmpty());
            TestAbortedException skipped = assertThrows(TestAbortedException.class, HeadlessChromium::requireOrSkip);
            assertOneLineNamingTheBrowserAndTheInstall(skipped.getMessage());

            System.setProperty(HeadlessChromium.REQUIRE_PROPERTY, "true");
            AssertionFailedError failed = assertThrows(AssertionFailedError.class, HeadlessChromium::requireOrSkip);
            assertOneLineNamingTheBrowserAndTheInstall(failed.getMessage());
            assertTrue(failed.getMessage().contains("tvp.requireBrowser=true"), failed.getMessage());

            System.setProperty(HeadlessChromium.EXECUTABLE_PROPERTY, tmp.resolve("not-a-browser").toString());
            assertTrue(HeadlessChromium.find().isEmpty(), "a path that does not exist is not a browser");
        } finally {
            restore(HeadlessChromium.EXECUTABLE_PROPERTY, savedName);
            restore(HeadlessChromium.REQUIRE_PROPERTY, savedRequire);
        }
    }

    @Test
    void reportsLoadedAndBrokenImagesTablesAndEveryRequestThatIsNotToAFile() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.requireOrSkip();
        ImageIO.write(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB), "png", tmp.resolve("small.png").toFile());
        Path page = tmp.resolve("page.html");
        Files.writeString(page, """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>probe &amp; co</title>
                <link rel="stylesheet" href="https://fonts.example.invalid/css">
                <style>body { background: url(http://bg.example.invalid/bg.png); }</style>
                </head><body>
                <h2>Numbers</h2>
                <table class="t"><tr><th>a</th><th>b</th></tr><tr><td> 1.50 \u00b1 0.20 </td><td>x &lt; y</td></tr></table>
                <img src="small.png"><img src="gone.png"><img src="http://img.example.invalid/a.png">
                <a href="https://link.example.invalid/">a link is not a request</a>
                <script>fetch('https://api.example.invalid/x').catch(function () {});</script>
                </body></html>
                """);
        PageView view = chromium.render(page);

        assertEquals("probe & co", view.title());
        assertEquals(page.toUri().toString(), view.url());
        PageView.Image small = view.image("small.png").orElseThrow();
        assertTrue(small.loaded(), small.toString());
        assertEquals(3, small.naturalWidth());
        assertEquals(2, small.naturalHeight());
        PageView.Image gone = view.image("gone.png").orElseThrow();
        assertFalse(gone.loaded(), gone.toString());
        assertEquals(0, gone.naturalWidth());
        assertFalse(view.image("http://img.example.invalid/a.png").orElseThrow().loaded());

        assertEquals(1, view.tables().size());
        assertEquals(new PageView.Table("Numbers", "t", List.of(List.of("a", "b"), List.of("1.50 \u00b1 0.20", "x < y"))),
                view.tables().get(0));
        assertTrue(view.text().contains("a link is not a request"), view.text());

        assertEquals(Set.of("https://fonts.example.invalid/css", "http://bg.example.invalid/bg.png",
                        "http://img.example.invalid/a.png", "https://api.example.invalid/x"),
                Set.copyOf(view.externalRequests()));
    }

    @Test
    void aPageThatNeverFinishesIsKilledAtTheTimeout() throws Exception {
        Path exe = HeadlessChromium.requireOrSkip().executable();
        Path page = tmp.resolve("spin.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><script>for (;;) {}</script></body></html>");
        HeadlessChromium impatient = new HeadlessChromium(exe, Duration.ofSeconds(3));
        IOException e = assertThrows(IOException.class, () -> impatient.render(page));
        assertTrue(e.getMessage().startsWith("chromium took over 3 s rendering " + page), e.getMessage());
        assertEquals(List.of(), HeadlessChromium.leftovers(), "killed at the timeout, with all its processes");
    }

    @Test
    void aScreenshotHasTheWindowsSize() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.requireOrSkip();
        Path page = tmp.resolve("plain.html");
        Files.writeString(page, "<!DOCTYPE html><html><body style=\"background: #00f\"><p>blue</p></body></html>");
        Path png = tmp.resolve("shot.png");
        chromium.screenshot(page, png, 640, 400);
        BufferedImage shot = ImageIO.read(png.toFile());
        assertEquals(640, shot.getWidth());
        assertEquals(400, shot.getHeight());
        assertEquals(0x0000FF, shot.getRGB(320, 390) & 0xFFFFFF, "the page's blue background");
    }

    @Test
    void aPageThatIsNotThereIsRefusedBeforeStartingTheBrowser() {
        Path missing = tmp.resolve("none.html");
        HeadlessChromium any = new HeadlessChromium(Path.of("/bin/false"), Duration.ofSeconds(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> any.render(missing));
        assertEquals(missing + ": no such file; expected an HTML page to open", e.getMessage());
    }

    private static void assertOneLineNamingTheBrowserAndTheInstall(String message) {
        assertFalse(message.contains("\n"), message);
        assertTrue(message.contains("no-such-chromium-tvp"), message);
        assertTrue(message.contains("apt-get install chromium"), message);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}

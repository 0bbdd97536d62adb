package threadsvsprocesses.report.browser;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import threadsvsprocesses.ProcessChecks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Renders pages from the file system in Debian's headless Chromium, with no network, for tests: what a page shows
 * once loaded ({@link #render}, see {@link Harness} for how), or a screenshot ({@link #screenshot}).
 *
 * <p>Each call starts one browser with its own temporary folder, named after this JVM's pid, as its profile and
 * HOME; every process of that browser (its helpers and crash handler too) names the folder on its command line,
 * which is how {@link #leftovers()} finds them. A browser that runs past the timeout is killed with all its
 * processes; one that leaves a process behind after it exited makes the call fail, after killing it.
 */
public final class HeadlessChromium {

    /** System property naming the browser to use: a command looked up on PATH, or a path. */
    public static final String EXECUTABLE_PROPERTY = "tvp.chromium";
    /** System property that, when "true", turns a missing browser into a test failure instead of a skip. */
    public static final String REQUIRE_PROPERTY = "tvp.requireBrowser";
    /** How to install the browser, for messages. */
    public static final String INSTALL_HINT = "apt-get install chromium";
    /** What a browser run may take by default; a cold start on this 2-core machine takes about 1 s. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final List<String> NAMES = List.of("chromium", "chromium-browser");
    private static final String TEMP_PREFIX = "tvp-chromium-" + ProcessHandle.current().pid() + "-";
    /** How long the browser's processes may take to end after it exited, or after being killed. */
    private static final Duration GRACE = Duration.ofSeconds(5);
    /** Virtual time the browser gives a page to load and its timers to run before --dump-dom prints the DOM. */
    private static final int VIRTUAL_TIME_BUDGET_MILLIS = 5_000;

    private final Path executable;
    private final Duration timeout;

    public HeadlessChromium(Path executable, Duration timeout) {
        this.executable = executable;
        this.timeout = timeout;
    }

    /** The browser named by {@value #EXECUTABLE_PROPERTY}, else chromium or chromium-browser on PATH. */
    public static Optional<Path> find() {
        for (String name : candidates()) {
            Optional<Path> found = locate(name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The browser, for a test that needs it. If it is missing, the test is skipped (a JUnit assumption), or fails
     * when {@value #REQUIRE_PROPERTY} is true, with a one-line message that says how to install it.
     */
    public static HeadlessChromium requireOrSkip() {
        Optional<Path> found = find();
        if (found.isPresent()) {
            return new HeadlessChromium(found.get(), DEFAULT_TIMEOUT);
        }
        String message = "headless Chromium not found (looked for " + String.join(" or ", candidates())
                + (System.getProperty(EXECUTABLE_PROPERTY, "").isBlank() ? " on PATH" : ", set by -D" + EXECUTABLE_PROPERTY)
                + "); install it with: " + INSTALL_HINT;
        if (Boolean.getBoolean(REQUIRE_PROPERTY)) {
            return Assertions.fail(message + " (required by -D" + REQUIRE_PROPERTY + "=true)");
        }
        return Assumptions.abort(message);
    }

    public Path executable() {
        return executable;
    }

    /**
     * Opens {@code page} in a frame of {@code width} by {@code height} CSS pixels and reports what it shows once
     * loaded.
     *
     * @throws IllegalStateException if the page did not load, or the browser left a process behind
     * @throws IOException           if the browser could not start, failed, or ran past the timeout
     */
    public PageView render(Path page, int width, int height) throws IOException, InterruptedException {
        requireFile(page);
        Path root = Files.createTempDirectory(TEMP_PREFIX);
        try {
            Path harness = root.resolve("harness.html");
            Files.writeString(harness, Harness.html(page.toAbsolutePath().toUri().toString(), width, height),
                    StandardCharsets.UTF_8);
            String dom = run(root, "rendering " + page, List.of(
                    // the page reads its own folder's files: file: pages may read other file: pages
                    "--allow-file-access-from-files",
                    "--virtual-time-budget=" + VIRTUAL_TIME_BUDGET_MILLIS,
                    "--dump-dom",
                    harness.toUri().toString()));
            return Harness.parse(dom, page.toString());
        } finally {
            deleteTree(root);
        }
    }

    /** {@link #render(Path, int, int)} at a laptop's 1366 by 768. */
    public PageView render(Path page) throws IOException, InterruptedException {
        return render(page, 1366, 768);
    }

    /** Writes a PNG screenshot of the top of {@code page} in a window of {@code width} by {@code height}. */
    public void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        requireFile(page);
        Path root = Files.createTempDirectory(TEMP_PREFIX);
        try {
            run(root, "taking a screenshot of " + page, List.of("--hide-scrollbars",
                    "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(),
                    page.toAbsolutePath().toUri().toString()));
            if (!Files.isRegularFile(png)) {
                throw new IOException("chromium wrote no screenshot to " + png);
            }
        } finally {
            deleteTree(root);
        }
    }

    /** Processes still running of any browser this JVM started through this class, as "pid command" lines. */
    public static List<String> leftovers() {
        return describe(processesNaming(Path.of(System.getProperty("java.io.tmpdir")).resolve(TEMP_PREFIX).toString()));
    }

    /** Runs the browser with the common flags plus {@code args}; returns what it printed on stdout. */
    private String run(Path root, String what, List<String> args) throws IOException, InterruptedException {
        Path home = Files.createDirectories(root.resolve("home"));
        List<String> command = new ArrayList<>(List.of(executable.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + root.resolve("profile"),
                // No request leaves the machine, whatever a page asks for: every name fails to resolve, and every
                // http(s) request, to loopback too, goes to a proxy on the discard port, where nothing listens.
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--proxy-server=http://127.0.0.1:9",
                "--proxy-bypass-list=<-loopback>"));
        command.addAll(args);
        Path stdout = root.resolve("stdout.txt");
        Path stderr = root.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        // The crash handler keeps its database under HOME: this puts it in our folder, and our folder's name on its
        // command line, so that it is found like the browser's other processes.
        builder.environment().put("HOME", home.toString());
        Process browser = builder.start();
        String token = root + File.separator; // every path the browser is given lies under root
        boolean exited;
        try {
            browser.getOutputStream().close();
            exited = browser.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException | InterruptedException | RuntimeException e) {
            kill(browser, token);
            throw e;
        }
        if (!exited) {
            kill(browser, token);
            throw new IOException("chromium took over " + timeout.toSeconds() + " s " + what
                    + "; killed it and its processes" + errorTail(stderr));
        }
        List<ProcessHandle> left = awaitGone(token);
        if (!left.isEmpty()) {
            List<String> described = describe(left);
            kill(browser, token);
            throw new IllegalStateException("chromium exited but left " + described.size() + " process(es) running "
                    + what + ", killed now: " + described);
        }
        if (browser.exitValue() != 0) {
            throw new IOException("chromium exited with code " + browser.exitValue() + " " + what + errorTail(stderr));
        }
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    /** Kills the browser and every process naming its folder, then waits for them to end. */
    private static void kill(Process browser, String token) {
        boolean interrupted = Thread.interrupted(); // clean up first, then pass an interrupt on
        List<ProcessHandle> all = new ArrayList<>(browser.descendants().toList());
        all.addAll(processesNaming(token));
        browser.destroyForcibly();
        all.forEach(ProcessHandle::destroyForcibly);
        try {
            browser.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            awaitGone(token);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits up to {@link #GRACE} until no process names {@code token}; returns those still running. */
    private static List<ProcessHandle> awaitGone(String token) throws InterruptedException {
        long deadline = System.nanoTime() + GRACE.toNanos();
        List<ProcessHandle> left = processesNaming(token);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            left = processesNaming(token);
        }
        return left;
    }

    /** Running (not zombie) processes other than this JVM whose command line contains {@code token}. */
    private static List<ProcessHandle> processesNaming(String token) {
        long self = ProcessHandle.current().pid();
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            return all.filter(h -> h.pid() != self && commandLine(h).contains(token))
                    .filter(ProcessChecks::isRunning)
                    .toList();
        }
    }

    private static String commandLine(ProcessHandle h) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc/" + h.pid() + "/cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException e) {
            return h.info().commandLine().orElse(""); // no /proc (not Linux), or the process ended meanwhile
        }
    }

    private static List<String> describe(List<ProcessHandle> processes) {
        return processes.stream().map(h -> {
            String cmd = commandLine(h).strip();
            return h.pid() + " " + (cmd.length() > 120 ? cmd.substring(0, 120) + "..." : cmd);
        }).toList();
    }

    private static List<String> candidates() {
        String wanted = System.getProperty(EXECUTABLE_PROPERTY, "").strip();
        return wanted.isEmpty() ? NAMES : List.of(wanted);
    }

    private static Optional<Path> locate(String name) {
        if (name.contains(File.separator)) {
            Path p = Path.of(name);
            return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static void requireFile(Path page) {
        if (!Files.isRegularFile(page)) {
            throw new IllegalArgumentException(page + ": no such file; expected an HTML page to open");
        }
    }

    /** The last lines chromium wrote to stderr, without its complaints about the missing D-Bus. */
    private static String errorTail(Path stderr) {
        try {
            List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.contains("dbus") && !l.contains("unexpected operator")).toList();
            return lines.isEmpty() ? "" : "; its stderr ends: " + String.join(" | ",
                    lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    /** Best effort: a file the browser still held is left to the system's temp cleaner. */
    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // the folder is under java.io.tmpdir and holds nothing of value
        }
    }
}

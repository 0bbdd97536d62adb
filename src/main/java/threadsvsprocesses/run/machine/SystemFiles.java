package threadsvsprocesses.run.machine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files of {@code /proc} and {@code /sys} the suite reads, under a root: {@code /} on the machine itself, a
 * folder of saved samples in the tests. A file that cannot be read gives the reason, never an exception, so a
 * machine without these files (macOS, Windows, a locked-down container) gets "unknown, because ..." figures.
 */
public final class SystemFiles {

    private final Path root;

    private SystemFiles(Path root) {
        this.root = root;
    }

    /** This machine's files. */
    public static SystemFiles live() {
        return new SystemFiles(Path.of("/"));
    }

    /** The files under {@code root}, laid out as on a Linux machine ({@code root/proc/stat}, {@code root/sys/...}). */
    public static SystemFiles under(Path root) {
        return new SystemFiles(root);
    }

    /** The text of a file, or why it cannot be read. */
    public Read read(String path) {
        Path file = resolve(path);
        try {
            return new Read(path, Files.readString(file, StandardCharsets.ISO_8859_1), null);
        } catch (NoSuchFileException e) {
            return new Read(path, null, path + " does not exist (" + whyMissing(path) + ")");
        } catch (AccessDeniedException e) {
            return new Read(path, null, path + " is not readable by this user");
        } catch (IOException | RuntimeException e) {
            return new Read(path, null, "cannot read " + path + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The first line of a file, trimmed, or why it cannot be read. */
    public Read line(String path) {
        Read r = read(path);
        return r.ok() ? new Read(path, r.text().lines().findFirst().orElse("").trim(), null) : r;
    }

    /** Whether {@code path} exists. */
    public boolean exists(String path) {
        return Files.exists(resolve(path));
    }

    /** The names of the entries of folder {@code path} that match {@code glob}, sorted; empty if there is none. */
    public List<String> list(String path, String glob) {
        List<String> names = new ArrayList<>();
        Path dir = resolve(path);
        if (!Files.isDirectory(dir)) {
            return names;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, glob)) {
            entries.forEach(p -> names.add(p.getFileName().toString()));
        } catch (IOException | RuntimeException e) {
            return names;
        }
        names.sort(null);
        return names;
    }

    private Path resolve(String path) {
        return root.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private String whyMissing(String path) {
        String top = path.startsWith("/proc") ? "/proc" : path.startsWith("/sys") ? "/sys" : null;
        if (top != null && !Files.isDirectory(resolve(top))) {
            return "this system has no " + top + ": not Linux";
        }
        return "not exposed on this machine";
    }

    /**
     * A file as read.
     *
     * @param path   the file
     * @param text   its text; null if it could not be read
     * @param reason why it could not be read; null if it was
     */
    public record Read(String path, String text, String reason) {

        public boolean ok() {
            return text != null;
        }

        /** The text, if read. */
        public Optional<String> value() {
            return Optional.ofNullable(text);
        }
    }
}

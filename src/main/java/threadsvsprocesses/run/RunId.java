package threadsvsprocesses.run;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A run's id, {@code 20261124T153000Z-myhost}: its start time (UTC) and host, safe as a folder name. Creating the
 * run folder claims the id, so two runs started in the same second in the same folder get distinct ids
 * ({@code ...-myhost-2}) and never write into each other's folders.
 */
public final class RunId {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private RunId() {
    }

    public static String base(Instant startedAt, String host) {
        String safeHost = host.replaceAll("[^A-Za-z0-9.-]", "_").replaceAll("\\.{2,}", "_");
        if (safeHost.isEmpty() || safeHost.startsWith(".")) {
            safeHost = "host" + safeHost;
        }
        return STAMP.format(startedAt) + "-" + safeHost;
    }

    /** Creates {@code resultsRoot/<id>} and {@code chartsRoot/<id>} for a new id and returns the id. */
    public static String claim(Path resultsRoot, Path chartsRoot, String base) {
        createRoot(resultsRoot, "results");
        createRoot(chartsRoot, "charts");
        for (int n = 1; n < 1000; n++) {
            String id = n == 1 ? base : base + "-" + n;
            if (Files.exists(chartsRoot.resolve(id))) {
                continue;
            }
            try {
                Files.createDirectory(resultsRoot.resolve(id));
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (IOException e) {
                throw new BadInputException("cannot create a run folder in results folder " + resultsRoot + ": " + e);
            }
            try {
                Files.createDirectories(chartsRoot.resolve(id));
            } catch (IOException e) {
                throw new BadInputException("cannot create a run folder in charts folder " + chartsRoot + ": " + e);
            }
            return id;
        }
        throw new BadInputException("too many runs named " + base + " in " + resultsRoot);
    }

    /** A run writes a few MB (JMH's JSON, the log, charts); refuse to start with less than this free. */
    static final long MIN_FREE_BYTES = 20L * 1024 * 1024;

    private static void createRoot(Path root, String what) {
        try {
            Files.createDirectories(root);
            Path probe = Files.createTempFile(root, ".write-check", ".tmp");
            Files.delete(probe);
            checkFreeSpace(root, what, Files.getFileStore(root).getUsableSpace());
        } catch (IOException e) {
            throw new BadInputException("the " + what + " folder " + root.toAbsolutePath() + " is not writable ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); choose another with --" + what + " DIR");
        }
    }

    static void checkFreeSpace(Path root, String what, long usableBytes) {
        if (usableBytes < MIN_FREE_BYTES) {
            throw new BadInputException("the " + what + " folder " + root.toAbsolutePath() + " has only " + usableBytes / 1024
                    + " KiB free; a run needs at least " + MIN_FREE_BYTES / (1024 * 1024) + " MiB: free some space or choose"
                    + " another with --" + what + " DIR");
        }
    }
}

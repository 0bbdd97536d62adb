package threadsvsprocesses.report.compare;

import threadsvsprocesses.run.BadInputException;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The folder a comparison is written to, {@code <charts>/compare-<id>--<id>[...]}. Its name is built only from run
 * ids cut down to letters, digits, '.', '_' and '-' and to a bounded length; it is claimed with an atomic create,
 * so an existing folder (an earlier comparison, a run's charts) is never written into: a suffix -2, -3 ... is
 * added instead. The resolved path is checked to lie directly inside the charts folder.
 */
final class OutputFolder {

    /** Longest part of the name taken from one run id. */
    static final int ID_CHARS = 40;
    /** Longest folder name before a suffix. */
    static final int NAME_CHARS = 160;

    private OutputFolder() {
    }

    /** The folder name for these run ids (before any -2 suffix). */
    static String name(List<String> runIds) {
        StringBuilder s = new StringBuilder("compare");
        for (int i = 0; i < runIds.size(); i++) {
            String id = runIds.get(i);
            String safe = id.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("\\.{2,}", "_");
            safe = safe.length() > ID_CHARS ? safe.substring(0, ID_CHARS) : safe;
            String part = (s.length() == "compare".length() ? "-" : "--") + safe;
            if (s.length() + part.length() > NAME_CHARS) {
                s.append("--and-").append(runIds.size() - i).append("-more");
                break;
            }
            s.append(part);
        }
        return s.toString();
    }

    /** Creates and returns a fresh folder for the comparison inside {@code chartsRoot} (created if missing). */
    static Path claim(Path chartsRoot, List<String> runIds) {
        Path root = chartsRoot.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new BadInputException(chartsRoot + ": cannot create the charts folder (" + e.getMessage()
                    + "); expected a writable folder");
        }
        String base = name(runIds);
        for (int n = 1; n <= 1000; n++) {
            Path dir = root.resolve(n == 1 ? base : base + "-" + n).normalize();
            if (!root.equals(dir.getParent())) {
                throw new IllegalStateException(dir + " lies outside " + root); // cannot happen with a checked name
            }
            try {
                return Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                // taken: try the next suffix
            } catch (IOException e) {
                throw new BadInputException(dir + ": cannot create (" + e.getMessage() + "); expected a writable"
                        + " charts folder");
            }
        }
        throw new BadInputException(root.resolve(base) + ": 1000 comparisons of these runs exist already; expected"
                + " a free name (remove old ones)");
    }
}

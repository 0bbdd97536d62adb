package threadsvsprocesses.run;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of one run, {@code results/<run-id>/}:
 * <ul>
 *   <li>{@code machine.json}: {@link MachineInfo}</li>
 *   <li>{@code plan.json}: {@link RunPlan}, every cell and what became of it</li>
 *   <li>{@code jmh/*.json}: JMH's own JSON results, one file per measured cell, as JMH wrote them</li>
 *   <li>{@code jmh.log}: JMH's console output</li>
 *   <li>{@code results.csv}: the tidy CSV the reporter derives from the above</li>
 * </ul>
 * Files are written to a temporary name and renamed, so a reader never sees half a file.
 */
public final class RunFolder {

    public static final String MACHINE = "machine.json";
    public static final String PLAN = "plan.json";
    public static final String JMH_DIR = "jmh";
    public static final String LOG = "jmh.log";
    public static final String CSV = "results.csv";

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Path dir;

    public RunFolder(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public Path jmhDir() {
        return dir.resolve(JMH_DIR);
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    public MachineInfo readMachine() {
        return read(MACHINE, MachineInfo.class);
    }

    public RunPlan readPlan() {
        return read(PLAN, RunPlan.class);
    }

    public void writeMachine(MachineInfo machine) {
        writeAtomically(dir.resolve(MACHINE), GSON.toJson(machine));
    }

    public void writePlan(RunPlan plan) {
        writeAtomically(dir.resolve(PLAN), GSON.toJson(plan));
    }

    /** JMH's result files, in name order (the order the cells ran). */
    public List<Path> jmhResultFiles() {
        if (!Files.isDirectory(jmhDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(jmhDir())) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String name, Class<T> type) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": missing; a run folder holds " + MACHINE + ", " + PLAN + " and " + JMH_DIR + "/");
        }
        try {
            refuseIfLarger(file, name);
            T value = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), type);
            if (value == null) {
                throw new BadInputException(file + ": empty; expected a JSON object");
            }
            return value;
        } catch (JsonParseException e) {
            throw new BadInputException(file + ": not valid JSON (" + firstLine(e.getMessage()) + ")");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /**
     * The largest file read from a run folder (machine.json, plan.json, a JMH result, results.csv): far above what a
     * run writes (a standard run's plan.json is well under 1 MiB), far below what would exhaust a laptop's heap.
     */
    public static final long MAX_FILE_BYTES = 64L << 20;

    /**
     * A run folder may come from anywhere: a huge or sparse file is refused before it is read into the heap.
     *
     * @param what the file's kind in the message, e.g. "plan.json" or "JMH result file"
     * @throws BadInputException naming the file and its size, if it is over {@link #MAX_FILE_BYTES}
     */
    public static void refuseIfLarger(Path file, String what) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new BadInputException(file + ": " + size + " bytes; expected a " + what + " of at most "
                    + MAX_FILE_BYTES + " bytes");
        }
    }

    /** Gson's messages add a second line ("See https://github.com/google/gson/..."): an error stays one line. */
    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("").trim();
        int see = line.indexOf(" See https://");
        return see >= 0 ? line.substring(0, see) : line;
    }

    /** Writes {@code text} to a temporary file beside {@code target}, then renames it over {@code target}. */
    public static void writeAtomically(Path target, String text) {
        writeAtomically(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void writeAtomically(Path target, byte[] bytes) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
            try {
                Files.write(tmp, bytes);
                makeReadable(tmp);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Temporary files are created owner-only (0600); results are for everyone who may read the folder. */
    private static void makeReadable(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

}

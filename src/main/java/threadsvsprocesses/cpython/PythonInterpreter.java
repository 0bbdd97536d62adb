package threadsvsprocesses.cpython;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A Python interpreter as the suite found it: the command that starts it (a name on the PATH such as
 * {@code python3}, or a path given with {@code --python}), what it is, and which {@code multiprocessing} start
 * methods it has. Its {@link #runtime()} is what the CSV's {@code runtime} column, the legends and the claims name.
 *
 * @param command        how it is started, as given
 * @param implementation {@code sys.implementation.name}, e.g. {@code cpython}
 * @param version        {@code major.minor.micro}, e.g. {@code 3.11.7}
 * @param freeThreaded   true for a build without the GIL ({@code Py_GIL_DISABLED}, e.g. 3.13t) that runs with it
 *                       off
 * @param startMethods   {@code multiprocessing.get_all_start_methods()}, e.g. fork, spawn, forkserver
 */
public record PythonInterpreter(String command, String implementation, String version, boolean freeThreaded,
                                List<String> startMethods) {

    /** The interpreter looked for on the PATH when none is named. */
    public static final String DEFAULT_COMMAND = "python3";

    /** Prints the four facts on one line; {@code sys._is_gil_enabled} exists from 3.13 on. */
    private static final String PROBE = "import sys, sysconfig, multiprocessing; "
            + "gil = getattr(sys, '_is_gil_enabled', lambda: True)(); "
            + "print(sys.implementation.name, '%d.%d.%d' % sys.version_info[:3], "
            + "1 if sysconfig.get_config_var('Py_GIL_DISABLED') and not gil else 0, "
            + "','.join(multiprocessing.get_all_start_methods()))";
    private static final long PROBE_SECONDS = 30;
    private static final Map<String, Object> PROBED = new ConcurrentHashMap<>();

    public PythonInterpreter {
        startMethods = List.copyOf(startMethods);
    }

    /**
     * The runtime as a person reads it: {@code CPython 3.11.7 (GIL)} or {@code CPython 3.13.1 (free-threaded)}.
     */
    public String runtime() {
        String name = implementation.equals("cpython") ? "CPython"
                : implementation.equals("pypy") ? "PyPy" : implementation;
        return name + " " + version + (freeThreaded ? " (free-threaded)" : " (GIL)");
    }

    /** Whether this interpreter can start processes with {@code model}'s start method (true for a model without one). */
    public boolean offers(CpythonModel model) {
        return model.startMethod().map(startMethods::contains).orElse(true);
    }

    /**
     * The interpreter {@code command} starts, asked once per JVM (the answer is kept); an {@link IOException} with a
     * one-line reason if it cannot be started, does not answer within 30 s, or is not a Python 3.
     */
    public static PythonInterpreter probe(String command) throws IOException {
        Object known = PROBED.computeIfAbsent(command, c -> {
            try {
                return ask(c);
            } catch (IOException e) {
                return e;
            }
        });
        if (known instanceof IOException e) {
            throw new IOException(e.getMessage(), e);
        }
        return (PythonInterpreter) known;
    }

    private static PythonInterpreter ask(String command) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder(command, "-c", PROBE).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException(command + " cannot be started (" + (command.contains("/") ? "no such program"
                    : "not on the PATH") + ")");
        }
        try (InputStream out = p.getInputStream()) {
            p.getOutputStream().close();
            if (!p.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException(command + " did not answer within " + PROBE_SECONDS + " s");
            }
            String answer = new String(out.readNBytes(4096), StandardCharsets.UTF_8).trim();
            String[] words = answer.split("\\s+");
            if (p.exitValue() != 0 || words.length != 4 || !words[1].matches("\\d+\\.\\d+\\.\\d+")) {
                String first = answer.isEmpty() ? "no output" : answer.lines().reduce((a, b) -> b).orElse("");
                throw new IOException(command + " is not a Python 3 this suite can use (exit " + p.exitValue() + ": "
                        + first.substring(0, Math.min(100, first.length())) + ")");
            }
            if (Integer.parseInt(words[1].split("\\.")[0]) < 3) {
                throw new IOException(command + " is Python " + words[1] + "; the worker needs Python 3");
            }
            return new PythonInterpreter(command, words[0], words[1], words[2].equals("1"),
                    Arrays.asList(words[3].split(",")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking " + command + " what it is");
        } finally {
            p.destroyForcibly();
        }
    }
}

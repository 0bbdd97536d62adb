package threadsvsprocesses.execution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The suite's child JVMs start from a slim jar that holds every class a child runs and nothing of the report or the
 * libraries, with a class-data archive where the JDK makes one; a folder that does not fit this JVM is refused.
 */
class ChildRuntimeTest {

    @TempDir
    Path tmp;

    @Test
    void theSlimJarHoldsTheChildSideClassesOnly() throws IOException {
        Path jar = tmp.resolve("child.jar");
        int classes = SlimClassPath.write(jar);
        List<String> names = SlimClassPath.classNames(jar);
        assertEquals(classes, names.size());
        assertTrue(names.contains(WorkerMain.class.getName()), "the worker's main");
        assertTrue(names.contains("threadsvsprocesses.experiments.messaging.EchoMain"), "an experiment's child main");
        assertTrue(names.contains("threadsvsprocesses.workload.Countdown"), "the workloads");
        assertTrue(names.stream().allMatch(n -> n.startsWith("threadsvsprocesses.")), "no library class");
        for (String left : List.of("report.", "cli.", "run.", "benchmarks.", "launcher.")) {
            assertTrue(names.stream().noneMatch(n -> n.startsWith("threadsvsprocesses." + left)), left);
        }
        assertTrue(SlimClassPath.wanted("threadsvsprocesses/execution/Job.class"));
        assertFalse(SlimClassPath.wanted("threadsvsprocesses/report/Reporter.class"));
        assertFalse(SlimClassPath.wanted("org/openjdk/jmh/Main.class"));
    }

    @Test
    void aWorkerStartedTheSuitesWayRunsAJobFromTheSlimJar() throws Exception {
        List<String> command = JavaCommand.forMain(WorkerMain.class);
        String classPath = command.get(command.indexOf("-cp") + 1);
        assertTrue(classPath.endsWith("child-classes.jar"), classPath + ": " + ChildRuntime.current().description());
        for (String flag : ChildRuntime.START_FLAGS) {
            assertTrue(command.contains(flag), flag + " in " + command);
        }
        try (Watchdog watchdog = new Watchdog(); WorkerJvm worker = WorkerJvm.start(watchdog)) {
            worker.send(List.of(new Job(threadsvsprocesses.workload.Workload.SQUARES, 0, 1000, 0)), 0);
            assertEquals(threadsvsprocesses.workload.Squares.sumOfSquares(0, 1000), worker.receiveSum(1));
        }
    }

    @Test
    void aJdkThatMakesArchivesGivesTheChildrenOne() {
        ChildRuntime runtime = ChildRuntime.current();
        // JDK 21+ can make a dynamic CDS archive, JDK 24+ an AOT cache; this says why if it could not
        assertTrue(runtime.hasArchive(), runtime.description());
        assertTrue(runtime.description().contains(Runtime.version().feature() >= 24 ? "AOT cache" : "CDS archive"),
                runtime.description());
    }

    @Test
    void aFolderMadeForThisJvmIsReadBackAndOneMadeByAnotherJdkOrIncompleteIsRefused() throws Exception {
        ChildRuntime made = ChildRuntime.prepare(tmp);
        assertEquals(made.flags(), ChildRuntime.read(tmp).flags());
        Process child = new ProcessBuilder(commandWith(made, "threadsvsprocesses.experiments.startup.TinyMain"))
                .inheritIO().start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(42, child.exitValue(), "a child started from the folder runs its main");

        Path info = tmp.resolve("child-runtime.properties");
        String text = Files.readString(info, StandardCharsets.UTF_8);
        Files.writeString(info, text.replaceAll("(?m)^javaVersion=.*$", "javaVersion=17.0.1+12"), StandardCharsets.UTF_8);
        IOException foreign = assertThrows(IOException.class, () -> ChildRuntime.read(tmp));
        assertTrue(foreign.getMessage().contains("17.0.1+12"), foreign.getMessage());

        Files.writeString(info, text, StandardCharsets.UTF_8);
        Files.delete(tmp.resolve("child-classes.jar"));
        IOException incomplete = assertThrows(IOException.class, () -> ChildRuntime.read(tmp));
        assertTrue(incomplete.getMessage().contains("child-classes.jar is missing"), incomplete.getMessage());
        assertThrows(IOException.class, () -> ChildRuntime.read(tmp.resolve("nowhere")));
    }

    @Test
    void onlyOurFoldersWhoseJvmIsGoneAreStale() {
        assertFalse(ChildRuntime.isStale("tvp-child-runtime-" + ProcessHandle.current().pid() + "-123"));
        assertTrue(ChildRuntime.isStale("tvp-child-runtime-" + Long.MAX_VALUE / 2 + "-123"));
        assertFalse(ChildRuntime.isStale("something-else-1-2"));
        assertFalse(ChildRuntime.isStale("tvp-child-runtime-notapid-1"));
    }

    private static List<String> commandWith(ChildRuntime runtime, String main) {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(JavaCommand.javaBinary());
        cmd.addAll(runtime.flags());
        cmd.add(main);
        return cmd;
    }
}

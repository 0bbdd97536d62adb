package threadsvsprocesses.experiments.launch;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;

/**
 * Whether this JVM has already started a process, i.e. whether {@code java.lang.ProcessImpl} has been loaded.
 *
 * <p>The JDK reads {@code jdk.lang.Process.launchMechanism} once, in ProcessImpl's static initialiser, which runs
 * on the first process start; a class that is not loaded has not been initialised, so a property set before it
 * loads is the one the JDK will use. Nothing public says whether a class is loaded, but the JVM's own diagnostic
 * command {@code VM.class_hierarchy java.lang.ProcessImpl} (what {@code jcmd} runs, here called in-process through
 * its MBean) prints nothing for a class that is not loaded. It costs about 0.2 s once, at set-up.
 *
 * <p>Where that command is unavailable (a runtime without java.management), the check falls back to two signs
 * of a start: a live child, or the JDK's "process reaper" thread (it idles out a minute after the last exit).
 */
final class ProcessesStarted {

    private static final String PROCESS_IMPL = "java.lang.ProcessImpl";

    private ProcessesStarted() {
    }

    /** True when a process was started in this JVM (certain when the diagnostic command is available). */
    static boolean inThisJvm() {
        try {
            String hierarchy = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmClassHierarchy",
                    new Object[] {new String[] {PROCESS_IMPL}}, new String[] {String[].class.getName()});
            return hierarchy.contains(PROCESS_IMPL);
        } catch (Exception | LinkageError e) {
            return ProcessHandle.current().children().findAny().isPresent()
                    || Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("process reaper"));
        }
    }
}

package threadsvsprocesses.experiments.launch;

import java.util.List;

/**
 * Runs {@link LaunchMechanism} in a fresh JVM, as a JMH fork would: {@code <mechanism> <fresh|after-a-start>
 * <checked|as-the-jdk-decides>}. Starts {@code /bin/true} under the mechanism and prints {@code OK <exit code>},
 * or {@code ERR <exception class>: <message>} on one line.
 */
public final class FreshJvmLaunch {

    private FreshJvmLaunch() {
    }

    public static void main(String[] args) throws Exception {
        String mechanism = args[0];
        if (args[1].equals("after-a-start")) {
            new ProcessBuilder("/bin/true").start().waitFor();
        }
        int[] exit = new int[1];
        try {
            if (args[2].equals("checked")) {
                LaunchMechanism.apply(mechanism, () -> exit[0] = trueExitCode());
            } else {
                LaunchMechanism.applyAsTheJdkDecides(mechanism, () -> exit[0] = trueExitCode());
            }
            System.out.println("OK " + exit[0] + " " + System.getProperty(LaunchMechanism.PROPERTY));
        } catch (Exception e) {
            System.out.println("ERR " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    private static int trueExitCode() throws Exception {
        return new ProcessBuilder(List.of("/bin/true")).inheritIO().start().waitFor();
    }
}

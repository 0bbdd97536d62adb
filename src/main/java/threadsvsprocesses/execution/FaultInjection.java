package threadsvsprocesses.execution;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Locale;

/**
 * Lets the suite's own tests, or a user checking a setup, make a worker JVM fail on purpose inside a real run:
 * with {@code -jvmArgsAppend -Dtvp.injectFault=crash} (or {@code garbage}, {@code hang}), the first message of
 * every operation asks its worker for that fault instead of its jobs. Off unless the property is set.
 */
final class FaultInjection {

    static final String PROPERTY = "tvp.injectFault";

    private FaultInjection() {
    }

    /**
     * Writes the fault request in place of the {@code index}-th message of an operation, if one is asked for;
     * returns whether it did.
     */
    static boolean write(DataOutputStream out, int index) throws IOException {
        String fault = System.getProperty(PROPERTY);
        if (fault == null || index != 0) {
            return false;
        }
        switch (fault.toLowerCase(Locale.ROOT)) {
            case "crash" -> {
                out.writeByte(WorkerProtocol.CRASH);
                out.writeInt(7);
            }
            case "garbage" -> out.writeByte(WorkerProtocol.GARBAGE);
            case "hang" -> out.writeByte(WorkerProtocol.HANG);
            default -> throw new IllegalArgumentException(PROPERTY + " must be crash, garbage or hang, got '" + fault + "'");
        }
        return true;
    }
}

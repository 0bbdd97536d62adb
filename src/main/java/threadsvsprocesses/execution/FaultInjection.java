package threadsvsprocesses.execution;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets the suite's own tests, or a user checking a setup, make a worker JVM fail on purpose inside a real run:
 * with {@code -jvmArgsAppend -Dtvp.injectFault=crash} (or {@code garbage}, {@code hang}), the first message of
 * every operation asks its worker for that fault instead of its jobs; {@code crash-once} crashes the first operation
 * in this JVM only (a process pool then rebuilds itself and goes on). Off unless the property is set.
 */
final class FaultInjection {

    static final String PROPERTY = "tvp.injectFault";

    private static final AtomicBoolean CRASHED_ONCE = new AtomicBoolean();

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
            case "crash" -> crash(out);
            case "crash-once" -> {
                if (CRASHED_ONCE.getAndSet(true)) {
                    return false;
                }
                crash(out);
            }
            case "garbage" -> out.writeByte(WorkerProtocol.GARBAGE);
            case "hang" -> out.writeByte(WorkerProtocol.HANG);
            default -> throw new IllegalArgumentException(PROPERTY + " must be crash, crash-once, garbage or hang, got '"
                    + fault + "'");
        }
        return true;
    }

    private static void crash(DataOutputStream out) throws IOException {
        out.writeByte(WorkerProtocol.CRASH);
        out.writeInt(7);
    }
}
